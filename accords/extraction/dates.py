"""Dates with a precision, found by regular expressions built from the month
and weekday names of the language file.

Only small spans next to a claim are searched (never the whole article): a
year alone ("pada 2020") is year precision, never 2020-01-01, and relative
words ("yesterday", "kemarin", "on Thursday") need the publication date.
"""

import datetime
import functools
import re
from dataclasses import dataclass

from .text import fold_phrase

_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|-го|-е|-ci|-inci|'?(?:da|de|te|ta))?\.?"
_YEAR = r"(\d{4})"


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: str
    precision: str
    relative: bool = False  # "on Thursday", "kemarin": a reporting date


def _alternation(words):
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns(lang):
    months = _alternation(lang.months)
    patterns = [(re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "iso")]
    if lang.numeric_dates:
        patterns.append((re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b"), lang.numeric_dates))
    if months:
        month = rf"({months})\.?"
        if lang.year_first:
            patterns.append((re.compile(rf"\b{_YEAR}(?:\s+[^\W\d]+)?\s+{_DAY}\s+{month}(?!\w)"), "ydm"))
            patterns.append((re.compile(rf"\b{_YEAR}(?:\s+[^\W\d]+)?\s+{month}(?!\w)"), "ym"))
        patterns += [
            (re.compile(rf"\b{_DAY}\s+(?:de\s+)?{month},?\s+(?:de\s+|del\s+)?{_YEAR}\b"), "dmy_named"),
            (re.compile(rf"(?<!\w){month}\s+{_DAY},?\s+{_YEAR}\b"), "mdy_named"),
            (re.compile(rf"(?<!\w){month},?\s+(?:de\s+|del\s+)?{_YEAR}\b"), "my"),
            (re.compile(rf"\b{_DAY}\s+(?:de\s+)?{month}(?!\w)"), "dm"),
            (re.compile(rf"(?<!\w){month}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\s*\d)"), "md"),
        ]
        prepositions = _alternation([fold_phrase(p) for p in lang.raw.get("month_prepositions", [])])
        if prepositions:
            # "in November": a month alone only after a preposition ("may" is a verb too)
            patterns.append((re.compile(rf"(?<!\w)(?:{prepositions})\s+{month}(?!\w)"), "m"))
        attached = _alternation([fold_phrase(p) for p in lang.raw.get("month_attached_prefixes", [])])
        if attached:
            # Hebrew "בנובמבר": the preposition is part of the word
            patterns.append((re.compile(rf"(?<!\w)(?:{attached}){month}(?!\w)"), "m"))
        postpositions = _alternation([fold_phrase(p) for p in lang.raw.get("month_postpositions", [])])
        if postpositions:
            # Turkish "Kasım ayında", "Kasım'da"
            patterns.append((re.compile(rf"(?<!\w){month}\s*(?:{postpositions})(?!\w)"), "m"))
    patterns.append((re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)(?![\w]|[.,]\d)"), "year"))
    relative = {**{k: ("day", v) for k, v in lang.relative_days.items()},
                **{k: ("weekday", v) for k, v in lang.weekdays.items()},
                **{k: tuple(v) for k, v in lang.relative_periods.items()}}
    if relative:
        patterns.append((re.compile(rf"(?<!\w)({_alternation(relative)})(?!\w)"), "relative"))
    return patterns, relative


def _day(year, month, day):
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat(), "day"
    except ValueError:
        return None


def _month(year, month):
    if 1 <= int(month) <= 12:
        return f"{int(year):04d}-{int(month):02d}", "month"
    return None


def _resolve(kind, groups, lang, relative, published):
    months = lang.months
    if kind == "iso":
        return _day(*groups)
    if kind == "dmy":
        return _day(groups[2], groups[1], groups[0])
    if kind == "mdy":
        return _day(groups[2], groups[0], groups[1])
    if kind == "ydm":
        return _day(groups[0], months[groups[2]], groups[1])
    if kind == "ym":
        return _month(groups[0], months[groups[1]])
    if kind == "dmy_named":
        return _day(groups[2], months[groups[1]], groups[0])
    if kind == "mdy_named":
        return _day(groups[2], months[groups[0]], groups[1])
    if kind == "my":
        return _month(groups[1], months[groups[0]])
    if kind == "dm" and published:
        return _day(published.year, months[groups[1]], groups[0])
    if kind == "md" and published:
        return _day(published.year, months[groups[0]], groups[1])
    if kind == "m" and published:
        month = months[groups[0]]
        # a month after the publication month is last year's
        year = published.year if month <= published.month else published.year - 1
        return _month(year, month)
    if kind == "year":
        return groups[0], "year"
    if kind == "relative" and published:
        unit, offset = relative[groups[0]]
        if unit == "day":
            return (published + datetime.timedelta(days=offset)).isoformat(), "day"
        if unit == "weekday":
            # "on Thursday" in a news report: the latest such day up to publication
            back = (published.weekday() - offset) % 7
            return (published - datetime.timedelta(days=back)).isoformat(), "day"
        if unit == "year":
            return str(published.year + offset), "year"
        if unit == "month":
            month_index = published.year * 12 + published.month - 1 + offset
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"
    return None


def find_dates(folded, start, end, lang, published=None):
    """Dates inside folded[start:end], longest first where they overlap."""
    patterns, relative = _patterns(lang)
    found = []
    for pattern, kind in patterns:
        for match in pattern.finditer(folded, start, end):
            if any(match.start() < f.end and f.start < match.end() for f in found):
                continue
            resolved = _resolve(kind, match.groups(), lang, relative, published)
            if resolved:
                found.append(FoundDate(match.start(), match.end(), *resolved, relative=kind == "relative"))
    found.sort(key=lambda f: f.start)
    return found
