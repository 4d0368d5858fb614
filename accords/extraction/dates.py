"""Dates with a precision, found by regular expressions built from the month
and weekday names of the language file.

Only small spans next to a claim are searched (never the whole article): a
year alone ("pada 2020") is year precision, never 2020-01-01, and relative
words ("yesterday", "kemarin", "on Thursday") need the publication date.
"""

import datetime
import functools
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

import ahocorasick

from .text import alternation, first_letters

_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|-го|-е|-ci|-inci|'?(?:da|de|te|ta))?\.?"
_YEAR = r"(\d{4})"
# The same at the start of a word (what "\b" before them says), written to
# start with a digit: a pattern starting with a character class is searched
# by jumping between such characters, one starting with "\b" or a lookbehind
# by a match attempt at every position.  The lookbehind after the first digit
# looks at the character before it.
_DAY_AT_WORD_START = _DAY.replace(r"(\d{1,2})", r"(\d(?<!\w\d)\d?)", 1)
_YEAR_AT_WORD_START = r"(\d(?<!\w\d)\d{3})"


_DIGIT_RE = re.compile(r"\d")
_WORD_CHAR_RE = re.compile(r"\w")
# (?<![\w.,])(1[89]\d\d|20\d\d)(?![\w]|[.,]\d), written to start with its first digit
_YEAR_ALONE = r"((?:1[89]|20)(?<![\w.,]..)\d\d)(?![\w]|[.,]\d)"
_YEAR_ALONE_RE = re.compile(_YEAR_ALONE)
_SAME_YEAR_REACH = 2000  # how far back "the same year" looks for its year
_WORD_ONLY = (
    "relative",
    "m",
    "m_same",
    "same_year",
    "m_next",
    "next_year",
    "following_m",
    "relative_m",
    "m_relative",
    "dm_words",
    "d_words_this_month",
)
# the word between a day and "this month" ("the 6th of this month", "el 6 de este mes",
# "يوم 6 من الشهر الجاري"; an Arabic day in words holds its "من")
_DAY_OF = r"(?:(?:of|de|del|du|من)\s+)?"
# The patterns that hold a month name, a "same year" phrase or a relative
# word: each regular expression costs a pass over the span, so where an
# automaton (one pass for all the words) finds no such word they are skipped.
_WITH_MONTH = (
    "ydm",
    "ym",
    "dm_same",
    "m_same",
    "m_next",
    "following_m",
    "relative_m",
    "dm_relative",
    "md_relative",
    "relative_dm",
    "m_relative",
    "dmy_named",
    "mdy_named",
    "my",
    "dm",
    "md",
    "m",
    "dmy_words",
    "dm_words",
)
# a day written as a word ("dm_words", "dmy_words") is read as the day in digits would be
_DAY_WORD_KINDS = {"dm_words": "dm", "dmy_words": "dmy_named"}


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: str
    precision: str
    relative: bool = False  # "on Thursday", "kemarin": a day relative to publication
    # "... in January 2021. Kazakhstan joined in November": a month whose year was
    # borrowed from a year named before it, not written next to it
    borrowed: bool = False
    # "Alger, qui a rompu avec Rabat en 2021, a réitéré en novembre": that year was named
    # inside a relative clause closed before the month, about the clause's own past event
    from_relative: bool = False


@functools.cache
def _patterns(lang):
    months = alternation(lang.months)
    patterns = [(re.compile(rf"{_YEAR_AT_WORD_START}-(\d{{1,2}})-(\d{{1,2}})\b"), "iso")]
    if lang.numeric_dates:
        patterns.append(
            (
                re.compile(r"(\d(?<!\w\d)\d?)[./](\d{1,2})[./](\d{4})\b"),
                lang.numeric_dates,
            )
        )
        # "15. 9. 2020": dots each followed by one space (Swiss and German fact boxes)
        patterns.append(
            (re.compile(r"(\d(?<!\w\d)\d?)\. (\d{1,2})\. (\d{4})\b"), lang.numeric_dates)
        )
        # "15-9-2020": the same with dashes (both of them, so no range "15-20")
        patterns.append((re.compile(r"(\d(?<!\w\d)\d?)-(\d{1,2})-(\d{4})\b"), lang.numeric_dates))
        # Indonesian "Kamis (6/11)": day and month in brackets, the year from publication
        patterns.append((re.compile(r"\((\d{1,2})/(\d{1,2})\)"), lang.numeric_dates + "_short"))
    if months:
        # "سبتمبر/أيلول", "نوفمبر / تشرين الثاني": a month with its other name after a slash
        # (Al Jazeera, Anadolu) is one month; the year or "last" after both is that month's
        # (Independent Arabia "نوفمبر (تشرين الثاني)" the same in brackets)
        month = rf"({months})\.?(?:\s?/\s?(?:{months})(?!\w)|\s?\((?:{months})\))?"
        month_first = first_letters(lang.months)
        if lang.year_first:
            patterns.append(
                (
                    re.compile(rf"{_YEAR_AT_WORD_START}(?:\s+[^\W\d]+)?\s+{_DAY}\s+{month}(?!\w)"),
                    "ydm",
                )
            )
            patterns.append(
                (re.compile(rf"{_YEAR_AT_WORD_START}(?:\s+[^\W\d]+)?\s+{month}(?!\w)"), "ym")
            )
        same = alternation(lang.same_year)
        if same:
            # "in December of the same year", "aynı yılın Aralık ayında": the
            # year is the one named last before, not the publication's
            attached_prefix = alternation(lang.month_attached_prefixes)
            prefix = rf"(?:{attached_prefix})?" if attached_prefix else ""
            # "el 19 de octubre de ese año", "pada 22 Disember tahun yang sama": the day too
            patterns.append(
                (
                    re.compile(
                        rf"{_DAY_AT_WORD_START}\s+(?:de\s+)?{month}\s+(?:\w+\s+)?(?:{same})(?!\w)"
                    ),
                    "dm_same",
                )
            )
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.month_attached_prefixes, lang.months)}(?<!\w){prefix}{month}\s+(?:\w+\s+)?(?:{same})(?!\w)"
                    ),
                    "m_same",
                )
            )
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.same_year)}(?<!\w)(?:{same})\s+{month}(?!\w)"
                    ),
                    "m_same",
                )
            )
        following = alternation(lang.next_year)
        if following:
            # "in January of the following year", "en janvier de l'année suivante": the
            # month of the year after the one named last before
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.month_attached_prefixes, lang.months)}(?<!\w){month}\s+(?:\w+\s+)?(?:{following})(?!\w)"
                    ),
                    "m_next",
                )
            )
        after_month = alternation(lang.following_months)
        if after_month:
            # "Sudan the following January", "le Soudan en janvier suivant": the first such
            # month after the month named last before (only full names, as for "that"); a
            # day before the month ("le 19 octobre suivant") is read as any day and month
            plain = alternation([m for m in lang.months if len(m) > 3])
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.following_months)}(?<!\w)(?:{after_month})\s+({plain})(?!\w)"
                    ),
                    "following_m",
                )
            )
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters([m for m in lang.months if len(m) > 3])}(?<!\w)(?<!\d\s)({plain})\s+(?:{after_month})(?!\w)"
                    ),
                    "following_m",
                )
            )
        demonstratives = alternation(lang.month_demonstratives)
        if demonstratives:
            # "Morocco followed that December": the month of the year named last before
            # (only full month names longer than three letters: "a step that may be
            # reversed", "that dec." are no months)
            plain = alternation([m for m in lang.months if len(m) > 3])
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.month_demonstratives)}(?<!\w)(?:{demonstratives})\s+({plain})(?!\w)"
                    ),
                    "m_same",
                )
            )
        years = [word for word, (unit, _) in lang.relative_periods.items() if unit == "year"]
        relative_years = alternation(years)
        if relative_years:
            # Kazakh "биыл қарашада", "былтыр желтоқсанда": this or last year's month
            patterns.append(
                (
                    re.compile(rf"{first_letters(years)}(?<!\w)({relative_years})\s+{month}(?!\w)"),
                    "relative_m",
                )
            )
            # a day before: "6 ноября прошлого года", "6 November last year", "el 6 de
            # noviembre del año pasado", "le 6 novembre de l'année dernière"
            patterns.append(
                (
                    re.compile(
                        rf"{_DAY_AT_WORD_START}\s+(?:de\s+)?{month}\s+(?:[^\W\d]{{1,3}}\s+)?({relative_years})(?!\w)"
                    ),
                    "dm_relative",
                )
            )
            # the month first: "November 18th last year", "November 18 of last year"
            patterns.append(
                (
                    re.compile(
                        rf"{month_first}(?<!\w){month}\s+{_DAY},?\s+(?:[^\W\d]{{1,3}}\s+)?({relative_years})(?!\w)"
                    ),
                    "md_relative",
                )
            )
            # the year word first: Turkish "geçen yıl 18 Kasım'da", Kazakh "былтыр 18
            # қарашада"
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(years)}(?<!\w)({relative_years})\s+{_DAY_AT_WORD_START}\s+{month}(?!\w)"
                    ),
                    "relative_dm",
                )
            )
            # Russian "в ноябре прошлого года", English "in November last year"; a short
            # connective between ("noviembre de este año", "November of last year")
            patterns.append(
                (
                    re.compile(
                        rf"{month_first}(?<!\w){month}\s+(?:[^\W\d]{{1,3}}\s+)?({relative_years})(?!\w)"
                    ),
                    "m_relative",
                )
            )
        days = alternation(lang.day_words)
        if days:
            # Arabic "السادس من نوفمبر", "السابع من أكتوبر/تشرين الأول 2023": the day as a
            # word (its "من", of, inside the form), before the patterns that would read the
            # month and year alone
            day_first = first_letters(lang.day_words)
            patterns.append(
                (
                    re.compile(rf"{day_first}(?<!\w)({days})\s+{month},?\s+{_YEAR}\b"),
                    "dmy_words",
                )
            )
            patterns.append(
                (re.compile(rf"{day_first}(?<!\w)({days})\s+{month}(?!\w)"), "dm_words")
            )
        patterns += [
            (
                re.compile(
                    rf"{_DAY_AT_WORD_START}\s+(?:de\s+)?{month},?\s+(?:de\s+|del\s+)?{_YEAR}\b"
                ),
                "dmy_named",
            ),
            (re.compile(rf"{month_first}(?<!\w){month}\s+{_DAY},?\s+{_YEAR}\b"), "mdy_named"),
            (re.compile(rf"{month_first}(?<!\w){month},?\s+(?:de\s+|del\s+)?{_YEAR}\b"), "my"),
            (re.compile(rf"{_DAY_AT_WORD_START}\s+(?:de\s+)?{month}(?!\w)"), "dm"),
            (
                re.compile(
                    rf"{month_first}(?<!\w){month}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\s*\d)"
                ),
                "md",
            ),
        ]
        conjunctions = alternation(lang.month_conjunctions)
        if conjunctions:
            # "في ديسمبر 2020 ويناير 2021": the month after "و" written onto it, with its year
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.month_conjunctions)}(?<!\w)(?:{conjunctions}){month},?\s+{_YEAR}\b"
                    ),
                    "my",
                )
            )
        prepositions = alternation(lang.month_prepositions)
        if prepositions:
            # "in November": a month alone only after a preposition ("may" is a verb too);
            # "mid-January", "à la mi-janvier": the preposition joined to it by a hyphen
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.month_prepositions)}(?<!\w)(?:{prepositions})(?:\s+|-){month}(?!\w)"
                    ),
                    "m",
                )
            )
        last = alternation(lang.months_last)
        if last:
            # "November lalu", "نوامبر گذشته", "novembre dernier": a month alone with no
            # preposition, then a "last" word after it (kept out of the match, so that the
            # year is counted back from the publication as for "in November last")
            patterns.append(
                (
                    re.compile(rf"{month_first}(?<!\w){month}(?=\s+(?:{last})(?!\w))"),
                    "m",
                )
            )
        attached = alternation(lang.month_attached_prefixes)
        if attached:
            # Hebrew "בנובמבר": the preposition is part of the word
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.month_attached_prefixes)}(?<!\w)(?:{attached}){month}(?!\w)"
                    ),
                    "m",
                )
            )
        postpositions = alternation(lang.month_postpositions)
        if postpositions:
            # Turkish "Kasım ayında", "Kasım'da"
            patterns.append(
                (re.compile(rf"{month_first}(?<!\w){month}\s*(?:{postpositions})(?!\w)"), "m")
            )
    same_month = alternation(lang.same_month)
    if same_month and months:
        # "يوم 22 من الشهر نفسه", "on the 22nd of the same month": the month (and its year)
        # named last before
        patterns.append(
            (re.compile(rf"{_DAY_AT_WORD_START}\s+(?:{same_month})(?!\w)"), "d_same_month")
        )
    same_alone = alternation(lang.same_year)
    if same_alone:
        patterns.append(
            (
                re.compile(rf"{first_letters(lang.same_year)}(?<!\w)(?:{same_alone})(?!\w)"),
                "same_year",
            )
        )
    next_alone = alternation(lang.next_year)
    if next_alone:
        # "the following year", "l'année suivante": the year after the one named last before
        patterns.append(
            (
                re.compile(rf"{first_letters(lang.next_year)}(?<!\w)(?:{next_alone})(?!\w)"),
                "next_year",
            )
        )
    patterns.append((re.compile(_YEAR_ALONE), "year"))
    relative = {
        # "اليوم التالي", the day after: holds "today" and is no day of its own (longest first)
        **{k: ("none", 0) for k in lang.relative_blockers},
        **{k: ("day", v) for k, v in lang.relative_days.items()},
        **{k: ("weekday", v) for k, v in lang.weekdays.items()},
        **{k: tuple(v) for k, v in lang.relative_periods.items()},
    }
    month_periods = [word for word, (unit, _) in lang.relative_periods.items() if unit == "month"]
    if month_periods:
        # "on the 6th of this month", "في السادس من الشهر الحالي": a day of the publication's
        # month (or of the one before it), not the month alone
        periods = alternation(month_periods)
        patterns.append(
            (
                re.compile(rf"{_DAY_AT_WORD_START}\s+{_DAY_OF}({periods})(?!\w)"),
                "d_this_month",
            )
        )
        days = alternation(lang.day_words)
        if days:
            patterns.append(
                (
                    re.compile(
                        rf"{first_letters(lang.day_words)}(?<!\w)({days})\s+({periods})(?!\w)"
                    ),
                    "d_words_this_month",
                )
            )
    if relative:
        patterns.append(
            (
                re.compile(rf"{first_letters(relative)}(?<!\w)({alternation(relative)})(?!\w)"),
                "relative",
            )
        )
    words = _WordSets(
        _automaton(lang.months),
        # the demonstratives too: a prefilter for every pattern resolved by the year before
        _automaton(lang.same_year + lang.month_demonstratives + lang.next_year),
        _automaton(relative),
    )
    return patterns, relative, words


class _WordSets(NamedTuple):
    months: object  # automata, or None where the language lists no such words
    same_year: object
    relative: object


def _automaton(words):
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def _occurs(automaton, folded, start, end):
    """Does any of the automaton's words occur in folded[start:end]?  (The
    slice, not iter's start and end: iter copies the whole string it is given.)"""
    return automaton is not None and next(automaton.iter(folded[start:end]), None) is not None


def _occurs_alone(automaton, folded, start, end):
    """Does any of the automaton's words occur in folded[start:end] as a word
    of its own (no letter or digit glued before or after it)?"""
    if automaton is None:
        return False
    for last, length in automaton.iter(folded[start:end]):
        before = start + last - length
        after = start + last + 1
        if (before < 0 or not _WORD_CHAR_RE.match(folded, before)) and (
            after >= end or not _WORD_CHAR_RE.match(folded, after)
        ):
            return True
    return False


def _day_this_month(published, relative, day, word):
    """Day `day` of the month `word` ("this month", "الشهر الماضي") counts from publication."""
    index = published.year * 12 + published.month - 1 + relative[word][1]
    return _day(index // 12, index % 12 + 1, day)


def _day(year, month, day):
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat(), "day"
    except ValueError:
        return None


def _month(year, month):
    if 1 <= int(month) <= 12:
        return f"{int(year):04d}-{int(month):02d}", "month"
    return None


def _year_before(folded, position):
    """The last year named in the text before position (within reach)."""
    years = _YEAR_ALONE_RE.findall(folded, max(0, position - _SAME_YEAR_REACH), position)
    return years[-1] if years else None


_NEAR_YEAR_REACH = (
    250  # "... in 2020. In September, ...": how far back a month without a year looks
)


_YEAR_HEADING_RE = re.compile(r"(?m)^[ \t]*((?:19|20)\d\d)[ \t]*:?[ \t]*$")
_HEADING_REACH = 1500  # how far below its year heading a chronology's dated line may stand


def _near_years(folded, position):
    start = max(0, position - _NEAR_YEAR_REACH)
    paragraph = folded.rfind("\n", start, position)
    return list(_YEAR_ALONE_RE.finditer(folded, max(start, paragraph + 1), position))


def _year_near_or_later(folded, position, lang):
    """The year named just before (`_year_near`), else the year a "later" phrase counts
    from (`_year_after_later`)."""
    year = _year_near(folded, position, lang.conjunctions)
    return year if year is not None else _year_after_later(folded, position, lang)


_LATER_DATE_REACH = 40  # "douze jours plus tard, le 22 décembre": the "later" word's reach


def _year_after_later(folded, position, lang):
    """ "Le 10 décembre 2020, ... Douze jours plus tard, le 22 décembre, ...", "three months
    later, in December": a month (or day and month) with no year right after a "later" phrase
    (`afterwards`; one short word, a preposition or article, may stand between) is counted
    from the last year the text named before it, however far back in its reach, not from
    the publication."""
    phrases = lang.afterwards_phrases
    if not phrases:
        return None
    before = folded[max(0, position - _LATER_DATE_REACH) : position]
    cut = max(before.rfind("."), before.rfind("\n"), before.rfind(";"))
    words = before[cut + 1 :].replace(",", " ").split()
    said = " " + " ".join(words)
    if not _ends_with_phrase(said, phrases) and words and len(words[-1]) <= 3:
        said = " " + " ".join(words[:-1])  # "plus tard, le", "later, on"
    if not _ends_with_phrase(said, phrases):
        return None
    return _year_before(folded, position)


def _ends_with_phrase(said, phrases):
    return any(said.endswith(" " + phrase) for phrase in phrases)


def _year_near(folded, position, conjunctions=()):
    """The year named last in the few lines before position, within its
    paragraph: "signed in 2020. Israel ... in September. In October, ...".
    Only a year next to the month is read; a missing one stays missing; nor
    is the end of a span ("signataires en 2020 et 2021, ... en novembre")."""
    years = _near_years(folded, position)
    if len(years) >= 2 and _span_between(folded, years[-2].end(), years[-1].start(), conjunctions):
        return None
    if years:
        return years[-1].group(1)
    # a chronology's year heading: a line that holds the year alone ("2020", "2023:"),
    # then the dated lines of that year ("- Aug. 13: ...", "Oct. 7 - ..."), the nearest
    # heading above within reach
    headings = _YEAR_HEADING_RE.findall(folded, max(0, position - _HEADING_REACH), position)
    return headings[-1] if headings else None


_RELATIVE_CLAUSE_REACH = 120  # how far before its year a relative clause's word may stand
_CLAUSE_MARKS = ",;.،؛"


def _borrowed_from_relative(folded, position, lang):
    """Was the year a month at position borrowed named inside a closed relative clause?"""
    relatives = _relatives_re(lang)
    if relatives is None:
        return False
    years = _near_years(folded, position)
    return bool(years) and _in_closed_relative(folded, years[-1], position, relatives)


def _in_closed_relative(folded, year, position, relatives):
    """ "Alger, qui a rompu avec Rabat en août 2021, a réitéré en novembre son refus",
    "Nouakchott, which cut its ties in 2010, ... In December it repeated": the year sits
    in a relative clause a comma opened, closed before the month; it dates that clause's
    own past event; a stance told after it in a month is then the publication's last
    such month (`confidence._stance_date`)."""
    opener = relatives.search(folded, max(0, year.start() - _RELATIVE_CLAUSE_REACH), year.start())
    if opener is None:
        return False
    # the last relative word before the year, with no clause mark between it and the year
    last = opener
    while True:
        following = relatives.search(folded, last.end(), year.start())
        if following is None:
            break
        last = following
    if any(mark in folded[last.end() : year.start()] for mark in _CLAUSE_MARKS):
        return False
    return any(mark in folded[year.end() : position] for mark in _CLAUSE_MARKS)


@functools.cache
def _relatives_re(lang):
    """The relative words a comma opens (", qui", ", which"), or None."""
    plain = [word for word in lang.comma_relatives if "*" not in word]
    # ", котор*": a stem of three letters or more with its endings (not Hebrew ", ש*", a
    # prefix on any word)
    stems = [
        re.escape(word[:-1])
        for word in lang.comma_relatives
        if word.endswith("*") and len(word[:-1].lstrip(",، ")) >= 3
    ]
    pieces = ([alternation(plain)] if plain else []) + [rf"{stem}\w*" for stem in stems]
    if not pieces:
        return None
    return re.compile(rf"(?:{'|'.join(pieces)})(?!\w)")


# what joins the two years of a span besides the language's conjunctions ("2020 et 2021",
# Arabic "2020 و2021"): "2020-2021", "de 2020 à 2021", "from 2020 to 2021", "von 2020 bis
# 2021", "de 2020 a 2021"
_SPAN_WORDS = frozenset(("-", "–", "—", "/", "à", "a", "to", "bis", "hasta", "до", "по"))


@functools.cache
def _span_joiners(conjunctions):
    """The words that join two years into a span, in a language with these conjunctions:
    one definition for a year that ends a span (_year_near) and for the two years of
    a range, both dropped (_without_year_ranges)."""
    return frozenset(conjunctions) | _SPAN_WORDS


def _span_between(folded, end, start, conjunctions):
    """Do the two years around folded[end:start] make a span ("2020 et 2021",
    "2020 and 2021", "2020-2021")?"""
    between = folded[end:start].strip()
    return 0 < start - end <= 12 and between in _span_joiners(conjunctions)


def counted_before(folded, position, lang):
    """Is the word right before position a number or one of the language's
    period counts ("dua tahun lalu", "beberapa bulan lalu")?"""
    if not lang.period_counts:
        return False
    before = folded[max(0, position - 30) : position].split()
    return bool(before) and (before[-1].isdigit() or before[-1] in lang.period_counts)


_ANNIVERSARY_LINKS = 2  # short words between "years ago" and its day: "on", "am", "este"
_ANNIVERSARY_LINK_LENGTH = 4


def _anniversary(folded, position, lang):
    """ "Five years ago on Monday", "five years ago today", "vor fünf Jahren am Montag",
    "пять лет назад в понедельник": a count of years back (`years_ago`) right before a
    relative day, with at most two short words between, makes the day an anniversary;
    the step told happened years before it, on no day the text gives."""
    if not lang.years_ago:
        return False
    words = folded[max(0, position - 40) : position].split()
    for links in range(_ANNIVERSARY_LINKS + 1):
        said = " " + " ".join(words[: len(words) - links] if links else words)
        if any(said.endswith(" " + phrase) for phrase in lang.years_ago):
            return True
        if links == len(words) or len(words[-1 - links]) > _ANNIVERSARY_LINK_LENGTH:
            return False
    return False


_NEXT_WORD_RE = re.compile(r"\s+(\w+)")
_LAST_WORD_RE = re.compile(r"(\w+)\s+$")
_FIRST_WORD_RE = re.compile(r"(\w+)\s")


_WEEK_LAST_REACH = 24  # "Donnerstag vergangener Woche", "geçen hafta perşembe"


def _week_before(folded, match, lang):
    """A "last week" phrase (`weeks_last`) right after the weekday or right before it."""
    if not lang.weeks_last:
        return False
    after = folded[match.end() : match.end() + _WEEK_LAST_REACH].lstrip()
    before = folded[max(0, match.start() - _WEEK_LAST_REACH) : match.start()].rstrip()
    return any(
        (after.startswith(w) and not after[len(w) : len(w) + 1].isalnum()) or before.endswith(w)
        for w in lang.weeks_last
    )


def _said_last(folded, match, words, after=True):
    """ "November last", "last November": the word right after (unless not `after`) or
    before the month."""
    if not words:
        return False
    following = after and _NEXT_WORD_RE.match(folded, match.end())
    if following and following.group(1) in words:
        return True
    before = _LAST_WORD_RE.search(folded, max(0, match.start() - 24), match.start())
    if before and before.group(1) in words:
        return True
    # "last November" read as a preposition and its month: the match's own first word
    first = _FIRST_WORD_RE.match(folded, match.start())
    return bool(first and first.group(1) in words)


@functools.cache
def _month_re(lang):
    return re.compile(rf"(?<!\w)({alternation(lang.months)})(?!\w)")


def _month_before(folded, position, lang):
    """The month named last in the few lines before position, with the year written
    right after it or, failing that, the year named last before it: (year, month)."""
    start = max(0, position - _NEAR_YEAR_REACH)
    found = None
    for match in _month_re(lang).finditer(folded, start, position):
        found = match
    if found is None:
        return None
    after = _YEAR_ALONE_RE.search(folded, found.end(), min(position, found.end() + 16))
    year = after.group(1) if after else _year_before(folded, found.start())
    return None if year is None else (year, lang.months[found.group(1)])


def _following_month(before, month, published):
    """The first `month` after the (year, month) named before: "December 2020 ... the
    following January" is January 2021; never past the publication."""
    year, previous = int(before[0]), int(before[1])
    value = _month(year + 1 if int(month) <= previous else year, month)
    if value and published and value[0] > published.isoformat()[:7]:
        return None
    return value


def _said_on(folded, position, lang):
    """Is the word right before position a month preposition ("في السادس من نوفمبر", on the
    sixth of November), not one of "since" ("منذ السابع من أكتوبر" names the attack)?"""
    before = _LAST_WORD_RE.search(folded, max(0, position - 24), position)
    word = before and before.group(1)
    return bool(word) and word in lang.month_prepositions and word not in lang.since_words


def _after_since(folded, position, lang):
    """Do the words right before position end with a "since" or "after" word ("منذ",
    "پس از")?"""
    before = folded[max(0, position - 24) : position].rstrip()
    return any(
        before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum())
        for word in lang.since_words
    )


def _borrowed(resolved):
    """A resolved month or day whose year came from the text before it."""
    return None if resolved is None else (*resolved, True)


def _resolve(kind, groups, lang, relative, published, year_before=None, year_near=None, last=False):
    months = lang.months
    if kind in ("m", "dm", "md") and year_near is not None:
        # a month (or day and month) with no year: the year the text has just named
        year = year_near()
        if year is not None:
            if kind == "m":
                return _borrowed(_month(year, months[groups[0]]))
            if kind == "dm":
                return _borrowed(_day(year, months[groups[1]], groups[0]))
            return _borrowed(_day(year, months[groups[0]], groups[1]))
    if kind in ("m_next", "next_year"):
        year = year_before()
        if year is None:
            return None
        following = str(int(year) + 1)
        value = _month(following, months[groups[0]]) if kind == "m_next" else (following, "year")
        # a year counted on from the text's own may not pass its publication: no future
        # date is made up
        if value and published and value[0] > published.isoformat()[: len(value[0])]:
            return None
        return value
    if kind in ("dm_same", "m_same", "same_year"):
        year = year_before()
        if year is None:
            return None
        if kind == "dm_same":
            return _day(year, months[groups[1]], groups[0])
        return _month(year, months[groups[0]]) if kind == "m_same" else (year, "year")
    if kind in ("dm_relative", "md_relative", "relative_dm"):
        if not published:
            return None
        if kind == "dm_relative":
            day, month, word = groups
        elif kind == "md_relative":
            month, day, word = groups
        else:
            word, day, month = groups
        return _day(published.year + relative[word][1], months[month], day)
    if kind in ("relative_m", "m_relative"):
        if not published:
            return None
        word, month = groups if kind == "relative_m" else reversed(groups)
        return _month(published.year + relative[word][1], months[month])
    if kind == "iso":
        return _day(*groups)
    if kind == "dmy":
        return _day(groups[2], groups[1], groups[0])
    if kind == "mdy":
        return _day(groups[2], groups[0], groups[1])
    if kind in ("dmy_short", "mdy_short") and published:
        day, month = (groups[0], groups[1]) if kind == "dmy_short" else (groups[1], groups[0])
        # "Selasa (30/12)" in an article of 2 January: a month after the
        # publication month is last year's, as for a month named alone
        year = published.year if int(month) <= published.month else published.year - 1
        return _day(year, month, day)
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
    if kind in ("dm", "md") and published:
        month = months[groups[1]] if kind == "dm" else months[groups[0]]
        day = groups[0] if kind == "dm" else groups[1]
        # as a month alone: a month after the publication month is last year's
        # ("26 December" in a January article)
        year = published.year if month <= published.month else published.year - 1
        return _day(year, month, day)
    if kind == "m" and published:
        month = months[groups[0]]
        # a month after the publication month is last year's; "last November" in a
        # November article is the November before, a year back, not the running month
        if last:
            year = published.year if month < published.month else published.year - 1
        else:
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


@functools.cache
@functools.cache
def _patterns_for(lang, has_digit, has_month):
    """The patterns worth trying on a span with or without a digit and a month name
    (four lists a language, made once: every sentence asks for one)."""
    patterns = _patterns(lang)[0]
    return tuple(
        (pattern, kind)
        for pattern, kind in patterns
        if (has_digit or kind in _WORD_ONLY) and (has_month or kind not in _WITH_MONTH)
    )


_ATTACK_DAY = (10, 7)  # 7 October, the day of the 2023 attack on Israel
_ATTACK_YEAR = 2023


def _attack_day(folded, match, groups, kind, lang, published):
    """ "before October 7", "7 Ekim'den sonra", "après le 7 octobre", "אחרי 7 באוקטובר": the
    day and month of the 2023 attack with no year near and no "last" name the attack, not a
    day of the article's year (as the Arabic day in words, "هجوم السابع من أكتوبر"); in an
    article of late 2023 it is that day."""
    month = lang.months[groups[1] if kind == "dm" else groups[0]]
    day = groups[0] if kind == "dm" else groups[1]
    if (int(month), int(day)) != _ATTACK_DAY:
        return False
    if published is not None and published.year == _ATTACK_YEAR and published.month >= 10:
        return False
    return (
        not _said_last(folded, match, lang.months_last)
        and _year_near(folded, match.start(), lang.conjunctions) is None
    )


@functools.cache
def _other_calendar_re(lang):
    """A month of another calendar with the day before it and the two words after it."""
    names = lang.other_calendar_months + tuple(lang.solar_hijri_months)
    if not names:
        return None
    return re.compile(
        rf"(?<!\w)(?:(\d{{1,2}})\s+)?({alternation(names)})(?!\w)((?:\s+[^\s.,;:!?()\[\]«»،؛]+){{0,2}})"
    )


_NOWRUZ = (3, 21)  # the solar Hijri year begins at the March equinox, on 20 or 21 March
_SOLAR_YEAR_RE = re.compile(r"(?<!\d)(1[34]\d\d)(?!\d)")
_DEY = 9  # 22 December to 20 January: the one solar month across two Gregorian years


def _solar_hijri(day):
    """(year, month from 0) of a Gregorian date in the solar Hijri calendar, to within the
    day or so the equinox moves (the first six months have 31 days, the next five 30)."""
    year = day.year - (621 if (day.month, day.day) >= _NOWRUZ else 622)
    start = datetime.date(year + 621, *_NOWRUZ)
    days = (day - start).days
    month = days // 31 if days < 186 else min(6 + (days - 186) // 30, 11)
    return year, month


# the years from which the solar Hijri leap cycle changes (the astronomical calendar's
# arithmetic, exact for the years 1 to 3177 of the era)
_SOLAR_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)


def _nowruz(year):
    """The Gregorian day of 1 Farvardin of a solar Hijri year."""
    leap = -14
    before = _SOLAR_BREAKS[0]
    jump = 0
    for bound in _SOLAR_BREAKS[1:]:
        jump = bound - before
        if year < bound:
            break
        leap += jump // 33 * 8 + jump % 33 // 4
        before = bound
    into = year - before
    leap += into // 33 * 8 + (into % 33 + 3) // 4
    if jump % 33 == 4 and jump - into == 4:
        leap += 1
    gregorian = year + 621
    gregorian_leap = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return datetime.date(gregorian, 3, 20 + leap - gregorian_leap)


def _solar_to_gregorian(year, month, day):
    """The Gregorian day of a solar Hijri date (month from 0), or None if there is none."""
    if not 1 <= day <= (31 if month < 6 else 30):
        return None
    offset = (month * 31 if month < 6 else 186 + (month - 6) * 30) + day - 1
    gregorian = _nowruz(year) + datetime.timedelta(days=offset)
    if month == 11 and gregorian >= _nowruz(year + 1):
        return None  # 30 Esfand of a common year
    return gregorian


def solar_hijri_day(lang, day_word, month_word, rest, published):
    """The Gregorian day of a solar Hijri day ("۱۵ آبان ۱۴۰۴", "۹ بهمن" under a dated page):
    the year written after the month, or the last such day on or before the publication; None
    with neither."""
    month = lang.solar_hijri_months.get(month_word)
    if month is None:
        return None
    written = _SOLAR_YEAR_RE.search(rest)
    if written:
        return _solar_to_gregorian(int(written.group(1)), month, int(day_word))
    words = rest.split()
    if published is None or (
        words
        and (lang.relative_periods.get(" ".join(words[:2])) or lang.relative_periods.get(words[0]))
    ):
        return None  # "آبان سال گذشته": the year's count is solar_hijri_year's
    year = _solar_hijri(published)[0] + 1
    for candidate in (year, year - 1, year - 2):
        gregorian = _solar_to_gregorian(candidate, month, int(day_word))
        if gregorian is not None and gregorian <= published:
            return gregorian
    return None


def solar_hijri_year(lang, month_word, rest, published):
    """The Gregorian year of a solar Hijri month ("آبان ۱۴۰۴", "آبان سال گذشته", "آبان
    گذشته"), or None where it is not certain: no year or no publication to count from, or
    Dey, which runs across New Year.  A day or a month is never read from it."""
    month = lang.solar_hijri_months.get(month_word)
    if month is None or month == _DEY:
        return None
    written = _SOLAR_YEAR_RE.search(rest)
    if written:
        year = int(written.group(1))
    else:
        words = rest.split()
        if not words or published is None:
            return None
        now_year, now_month = _solar_hijri(published)
        period = lang.relative_periods.get(" ".join(words[:2])) or lang.relative_periods.get(
            words[0]
        )
        if period and period[0] == "year":
            year = now_year + period[1]  # "آبان سال گذشته": Aban of last year
        elif words[0] in lang.months_last or (period and period == ("month", -1)):
            # "آبان گذشته", "آبان ماه گذشته": the last Aban before publication
            year = now_year if month < now_month else now_year - 1
        else:
            return None
    return year + (621 if month < _DEY else 622)


def find_dates(folded, start, end, lang, published=None, then=True):
    """Dates inside folded[start:end], longest first where they overlap (with `then`,
    also a sentence's opening "then" for the date named last in the sentence before)."""
    _, relative, words = _patterns(lang)
    # most sentences hold no digit: then only the word-only patterns can match
    has_digit = _DIGIT_RE.search(folded, start, end) is not None
    if lang.month_attached_prefixes or lang.month_postpositions:
        has_month = _occurs(words.months, folded, start, end)
    else:
        # every month pattern then has the month as a word of its own ("اب",
        # August, inside "ابراهيم" is none)
        has_month = _occurs_alone(words.months, folded, start, end)
    has_same_year = None  # "the same year": looked for once, where a pattern needs it
    found = []
    names = []  # spans that name an event, no date: no shorter pattern reads them either
    other = _other_calendar_re(lang)
    if other is not None:
        # "۱۵ آبان ۱۴۰۴", "در آبان ماه گذشته", "15 رمضان 1445": another calendar's date (the
        # month with its day and the two words after it) is read by no pattern; of a solar
        # Hijri month, only the Gregorian year where it is certain
        for match in other.finditer(folded, start, end):
            names.append(match.span())
            if match.group(1):
                day = solar_hijri_day(
                    lang, match.group(1), match.group(2), match.group(3), published
                )
                if day is not None:
                    found.append(FoundDate(match.start(), match.end(), day.isoformat(), "day"))
                    continue
            year = solar_hijri_year(lang, match.group(2), match.group(3), published)
            if year is not None:
                found.append(FoundDate(match.start(), match.end(), str(year), "year"))
    this_day = _this_day_re(lang) if has_digit and published else None
    if this_day is not None:
        # "في مثل هذا اليوم من عام 2020", "on this day in 2020": the publication's day and
        # month in the year named (before "this day" is read as today)
        for match in this_day.finditer(folded, start, end):
            value = _day(match.group(1), published.month, published.day)
            if value:
                found.append(FoundDate(match.start(), match.end(), *value))
    for pattern, kind in _patterns_for(lang, has_digit, has_month):
        if kind in ("dm_same", "m_same", "same_year", "m_next", "next_year"):
            if has_same_year is None:
                has_same_year = _occurs(words.same_year, folded, start, end)
            if not has_same_year:
                continue
        if kind in ("relative", "d_this_month", "d_words_this_month") and not _occurs(
            words.relative, folded, start, end
        ):
            continue
        for match in pattern.finditer(folded, start, end):
            if any(match.start() < f.end and f.start < match.end() for f in found) or any(
                match.start() < n_end and n_start < match.end() for n_start, n_end in names
            ):
                continue
            groups = match.groups()
            if kind in ("dm", "md") and _attack_day(folded, match, groups, kind, lang, published):
                names.append((match.start(), match.end()))
                continue
            if kind in _DAY_WORD_KINDS:
                groups = (str(lang.day_words[groups[0]]), *groups[1:])
                if kind == "dm_words" and _after_since(folded, match.start(), lang):
                    # "پس از هفتم اکتبر", after the seventh of October: a day in words
                    # after "since" or "after" names the event, even with a year near
                    names.append((match.start(), match.end()))
                    continue
                if (
                    kind == "dm_words"
                    and not _said_last(folded, match, lang.months_last)
                    and not _said_on(folded, match.start(), lang)
                    and _year_near(folded, match.start(), lang.conjunctions) is None
                ):
                    # "هجوم السابع من أكتوبر", the 7 October attack: a day named in words
                    # with no year near it, no "last" and no "on" ("في") is an event's
                    # name, no date
                    continue
            if kind in ("d_this_month", "d_words_this_month"):
                day, word = groups
                if kind == "d_words_this_month":
                    day = lang.day_words[day]
                resolved = published and _day_this_month(published, relative, day, word)
                if resolved:
                    found.append(FoundDate(match.start(), match.end(), *resolved))
                continue
            if kind == "following_m":
                before = _month_before(folded, match.start(), lang)
                resolved = before and _following_month(before, lang.months[groups[0]], published)
                if resolved:
                    found.append(FoundDate(match.start(), match.end(), *resolved))
                continue
            if kind == "d_same_month":
                before = _month_before(folded, match.start(), lang)
                resolved = before and _day(before[0], before[1], groups[0])
                if resolved:
                    found.append(FoundDate(match.start(), match.end(), *resolved))
                continue
            said_last = kind in ("m", "dm", "md", "dm_words") and _said_last(
                folded, match, lang.months_last
            )
            # "last November" (the word before the month) in a November article is a year
            # back; "November lalu" after it may be the running month ("awal November lalu")
            last_before = said_last and _said_last(folded, match, lang.months_last, after=False)
            resolved = _resolve(
                _DAY_WORD_KINDS.get(kind, kind),
                groups,
                lang,
                relative,
                published,
                functools.partial(_year_before, folded, match.start()),
                None
                if said_last
                else functools.partial(_year_near_or_later, folded, match.start(), lang),
                last=last_before,
            )
            if resolved and kind == "relative" and counted_before(folded, match.start(), lang):
                continue  # "dua tahun lalu": two years ago, a range back, not last year
            if (
                resolved
                and kind == "relative"
                and resolved[1] == "day"
                and _anniversary(folded, match.start(), lang)
            ):
                continue  # "Five years ago on Monday, Morocco signed": the anniversary's day
            if (
                resolved
                and kind == "relative"
                and relative[groups[0]][0] == "weekday"
                and _week_before(folded, match, lang)
            ):
                # "am Donnerstag vergangener Woche", "on Thursday last week": that day of
                # the week before the publication's week
                offset = relative[groups[0]][1]
                day = published - datetime.timedelta(days=published.weekday() + 7 - offset)
                resolved = (day.isoformat(), "day")
            if resolved:
                # only "on Thursday", "yesterday" date a report, not "last year"
                reporting = kind == "relative" and resolved[1] == "day"
                value, precision, *borrowed = resolved
                found.append(
                    FoundDate(
                        match.start(),
                        match.end(),
                        value,
                        precision,
                        relative=reporting,
                        borrowed=bool(borrowed),
                        from_relative=bool(borrowed)
                        and _borrowed_from_relative(folded, match.start(), lang),
                    )
                )
    then_re = _then_re(lang) if then else None
    if then_re is not None:
        for match in then_re.finditer(folded, start, end):
            if any(match.start() < f.end and f.start < match.end() for f in found):
                continue
            before = _then_date(folded, match.start(), lang, published)
            if before is not None:
                found.append(replace(before, start=match.start(), end=match.end(), relative=False))
    found.sort(key=lambda f: f.start)
    if has_digit and any(f.precision == "year" for f in found):
        found = _without_year_ranges(folded, found, lang)
    # "Kamis (6/11/2025)", "Thursday, Nov. 6, 2025": a weekday right before the
    # full date it names is that date, not a day counted from publication
    for number, f in enumerate(found[:-1]):
        after = found[number + 1]
        if (
            f.relative
            and not after.relative
            and after.precision == "day"
            and not folded[f.end : after.start].strip(" ,(")
        ):
            found[number] = replace(f, value=after.value)
    # "دی‌ماه همان سال [ژانویه ۲۰۲۱]", "۲۵ شهریور ۱۳۹۹ [۱۵ سپتامبر ۲۰۲۰]": the Gregorian date
    # in brackets right after another reading of the same time says it; the reading before
    # the bracket (a year, or "the same year") gives way to it
    if len(found) > 1 and ("[" in folded[start:end] or "(" in folded[start:end]):
        restated = set()
        for number, f in enumerate(found[:-1]):
            after = found[number + 1]
            if (
                not f.relative
                and not after.relative
                and number not in restated
                and folded[f.end : after.start].strip() in ("[", "(")
            ):
                found[number] = replace(
                    f, end=after.end, value=after.value, precision=after.precision
                )
                restated.add(number + 1)
        found = [f for number, f in enumerate(found) if number not in restated]
    return found


@functools.cache
def _this_day_re(lang):
    if not lang.this_day_years:
        return None
    words = alternation(lang.this_day_years)
    return re.compile(rf"(?<!\w)(?:{words})\s+((?:19|20)\d\d)(?!\d)")


@functools.cache
def _then_re(lang):
    if not lang.then_dates:
        return None
    words = alternation(lang.then_dates)
    return re.compile(rf"{first_letters(lang.then_dates)}(?<!\w)(?:{words})(?!\w)")


# the end of a sentence in folded text: its mark and any closing quote, then white space
_SENTENCE_END_RE = re.compile(r"[.!?…؟][\"'»”)\]]*\s+|\n")
_THEN_OPENING = 12  # "И тогда", "Und damals": what may stand before "then" in its sentence
_THEN_BACK = 400  # how far back the sentence before "then" is read


def _then_date(folded, position, lang, published):
    """'Die Abkommen stammen aus dem Jahr 2020. Damals unterzeichneten ...', "signed in
    September 2020. At the time, ...": a "then" opening its sentence stands for the date
    named last in the sentence before; elsewhere ("if X joins, then ...") it is none."""
    ends = list(_SENTENCE_END_RE.finditer(folded, max(0, position - _THEN_OPENING), position))
    if not ends:
        return None
    # only "and" may stand before it ("И тогда", "Und damals"); "از آن زمان", "seit damals"
    # (since then) open a period, no date
    opening = folded[ends[-1].end() : position].strip(" \"'«»„“”-–—")
    if opening and opening not in lang.conjunctions:
        return None
    stop = ends[-1].start()
    earlier = list(_SENTENCE_END_RE.finditer(folded, max(0, stop - _THEN_BACK), stop))
    begin = earlier[-1].end() if earlier else max(0, stop - _THEN_BACK)
    dates = find_dates(folded, begin, stop, lang, published, then=False)
    return max(dates, key=lambda d: d.start) if dates else None


@functools.cache
def _year_range_re(conjunctions):
    joiners = alternation(_span_joiners(conjunctions))
    return re.compile(rf"\s?(?:{joiners})\s?(?:1[89]|20)\d\d(?!\w)")


# "2020-21", "2020/21", "2020–21": a year and the next ones' last two digits, a range
_SHORT_YEAR_RANGE_RE = re.compile(r"[-–/](\d\d)(?![\w\-–/]|\.\d)")


def _short_year_range(folded, f):
    """Whether a year is followed by a later year's last two digits ("2020-21")."""
    match = _SHORT_YEAR_RANGE_RE.match(folded, f.end)
    if not match:
        return False
    year = folded[f.end - 4 : f.end]
    return year.isdigit() and int(year) % 100 < int(match.group(1)) <= int(year) % 100 + 10


def _without_year_ranges(folded, found, lang):
    """ "وقعت في 2020 و2021", "in 2020 and 2021", "2020-2021", "from 2020 to 2021", "2020-21":
    two years joined by a conjunction or a span word are a range, no step's date; both are
    dropped."""
    pattern = _year_range_re(lang.conjunctions)
    dropped = set()
    for number, f in enumerate(found):
        if f.precision != "year":
            continue
        if _short_year_range(folded, f):
            dropped.add(number)
            continue
        match = pattern.match(folded, f.end)
        if match:
            dropped.add(number)
            dropped.update(
                n
                for n, g in enumerate(found)
                if g.precision == "year" and f.end < g.start and g.end <= match.end()
            )
    return [f for n, f in enumerate(found) if n not in dropped] if dropped else found


def find_reporting_dates(folded, start, end, lang, published=None):
    """The dates of a day told relative to the report ("on Thursday",
    "yesterday") inside folded[start:end]; none where no such word occurs."""
    if not _occurs(_patterns(lang)[2].relative, folded, start, end):
        return []
    return [d for d in find_dates(folded, start, end, lang, published) if d.relative]
