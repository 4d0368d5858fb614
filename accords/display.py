"""Small pure helpers for showing data, shared by the pages, the charts, the feed, the
desk and the template tags: dates at their precision, status labels and badges, localized
names, and the one evidence highlighter."""

import datetime
import html
import json
import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton, get_month_names, match_skeleton
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from accords import entities
from accords.extraction.statuses import PRECISIONS
from accords.models import STATUS_LABELS as MODEL_STATUS_LABELS

# --- escaping ------------------------------------------------------------------------------


def escape(text) -> str:
    """Django's ``escape`` (the same text: ``html.escape`` of ``str(text)``) without its
    lazy-translation wrapper, which takes twice as long as the escaping itself: the pages'
    lists escape thousands of values.  Returns a plain string; callers mark the whole
    fragment safe."""
    return html.escape(str(text))


# --- statuses ------------------------------------------------------------------------------

# The founding parties (Israel, the United States) are shown apart from the stages of the
# path to membership: on the map, the timeline, the overview and the badges.
FOUNDING = "founding"

# The models' labels, so one translation serves the admin, the pages and the charts.
STATUS_LABELS = {**MODEL_STATUS_LABELS, FOUNDING: _("Founding party")}


def status_badge(status, label=None, *, extra_class="", attrs=""):
    """The one markup of a status badge: ``<span class="status status-signed">Signed</span>``.

    ``label`` defaults to the status's label in the active language; an empty status is
    drawn as the "none" badge with a dash.  ``extra_class`` and ``attrs`` (already safe
    attribute text) are for the desk's live-updated badges."""
    if not status:
        css, text = "none", label or "—"
    else:
        css, text = status, STATUS_LABELS.get(status, status) if label is None else label
    classes = f"status status-{escape(css)}" + (f" {escape(extra_class)}" if extra_class else "")
    space = " " if attrs else ""
    return mark_safe(f'<span class="{classes}"{space}{attrs}>{escape(text)}</span>')


def status_badges():
    """Every status's badge (``status_badge``) in the active language: the lists write one
    per row, and are built many times a page; the badges are built once per language."""
    return _status_badges(translation.get_language())


@lru_cache(maxsize=16)
def _status_badges(language):
    with translation.override(language):
        return {status: status_badge(status) for status in STATUS_LABELS}


# --- dates ---------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def url_pattern(name):
    """A URL with "{}" for its one argument: one reverse() for a page of thousands of links."""
    return reverse(name, args=["987654321"]).replace("987654321", "{}")


def babel_locale(locale: str) -> Locale:
    """A Babel locale for a Django language code ("en", "id", "pt-br", "zh-hans")."""
    code = (locale or "en").replace("-", "_")
    # The site's English is British: "15 September 2020", not "September 15, 2020".
    if code.lower() == "en":
        code = "en_GB"
    for candidate in (code, code.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en_GB")


_MONTH_WIDTHS = {3: "abbreviated", 4: "wide", 5: "narrow"}
_FIELD = re.compile(r"%\((\w+)\)s")
_NUMBERS = {  # the numeric fields: d, dd, M, MM, L, LL, y, yy, yyyy
    "d": lambda date: str(date.day),
    "dd": lambda date: f"{date.day:02d}",
    "M": lambda date: str(date.month),
    "MM": lambda date: f"{date.month:02d}",
    "L": lambda date: str(date.month),
    "LL": lambda date: f"{date.month:02d}",
    "y": lambda date: str(date.year),
    "yy": lambda date: f"{date.year:02d}"[-2:],
    "yyyy": lambda date: f"{date.year:04d}",
}


def _month_name(names):
    return lambda date: names[date.month]


@lru_cache(maxsize=64)
def _date_pattern(locale: str, precision: str):
    """The locale's pattern for a precision as ``(%-format, [(field, writer)])``, or None
    when it uses a field other than day, month and year numbers and month names.

    Babel builds a formatter object and looks the locale data up again for every date;
    writing the few fields into the pattern ourselves is several times faster, so a
    timeline of 10,000 steps formats its dates in a few milliseconds.
    ``tests/test_display.py`` checks the result against Babel day by day over decades.
    """
    locale_ = babel_locale(locale)
    if precision == "day":
        pattern = locale_.date_formats["long"]
    else:
        skeleton = "y" if precision == "year" else "yMMMM"
        if skeleton not in locale_.datetime_skeletons:
            skeleton = match_skeleton(skeleton, locale_.datetime_skeletons)
        pattern = locale_.datetime_skeletons[skeleton]
    writers = []
    for field in sorted(set(_FIELD.findall(pattern.format))):
        if field in _NUMBERS:
            writers.append((field, _NUMBERS[field]))
        elif field in ("MMM", "MMMM", "LLL", "LLLL"):
            context = "format" if field[0] == "M" else "stand-alone"
            names = get_month_names(_MONTH_WIDTHS[len(field)], context, locale_)
            writers.append((field, _month_name({m: names[m] for m in range(1, 13)})))
        else:
            return None
    return pattern.format, tuple(writers)


@lru_cache(maxsize=32768)
def _format_date(date: datetime.date, precision: str, locale: str) -> str:
    fast = _date_pattern(locale, precision)
    if fast is None:
        return _babel_format_date(date, precision, locale)
    template, writers = fast
    return template % {field: write(date) for field, write in writers}


def _babel_format_date(date: datetime.date, precision: str, locale: str) -> str:
    locale_ = babel_locale(locale)
    if precision == "year":
        return format_skeleton("y", date, locale=locale_)
    if precision == "month":
        # The stand-alone month: Russian "сентябрь 2020", not the genitive "сентября".
        return format_skeleton("yMMMM", date, locale=locale_)
    return babel_format_date(date, "long", locale=locale_)


def format_date(date: datetime.date, precision: str, locale: str = "en") -> str:
    """The date as precisely as it is known: "2020", "September 2020", "15 September 2020".

    Indonesian: "2020", "Desember 2020", "15 Desember 2020".  Babel formats take about
    0.1 ms each, so results are cached (a timeline repeats the same dates many times).
    """
    if isinstance(date, datetime.datetime):
        date = date.date()
    if precision not in PRECISIONS:
        raise ValueError(f"unknown date precision {precision!r}; expected one of {PRECISIONS}")
    return _format_date(date, precision, locale or "en")


def period_end(date: datetime.date, precision: str) -> datetime.date:
    """The last day of the period a date stands for: 31 December for "2020"."""
    if precision == "year":
        return datetime.date(date.year, 12, 31)
    if precision == "month":
        following = datetime.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        return following - datetime.timedelta(days=1)
    return date


def since_text(date, precision, locale="en"):
    """ "since 15 September 2020", but "in 2020" for a step known only to its year."""
    if date is None:
        return ""
    return _since_words(locale, (precision or "day") == "day") % {
        "date": format_date(date, precision or "day", locale)
    }


@lru_cache(maxsize=64)
def _since_words(locale, exact):
    """ "since %(date)s" or "in %(date)s" in a language, looked up once (a map asks for
    it once per country)."""
    with translation.override(locale):
        return str(_("since %(date)s") if exact else _("in %(date)s"))


def uncertain_on(row, as_of) -> bool:
    """Whether the date shown falls inside the period a step is known to (its year or
    month): on 1 March 2020 a step "in 2020" may not have happened yet."""
    since = row.get("since")
    precision = row.get("precision") or "day"
    if as_of is None or since is None or precision == "day":
        return False
    return as_of < period_end(since, precision)


# --- data for scripts ----------------------------------------------------------------------


def json_script(value, element_id):
    """Django's ``json_script`` (the same bytes), without its slow part: Django escapes
    ``<``, ``>`` and ``&`` with ``str.translate``, which maps every character through
    Python and takes about 15 ms for a 40 KB map figure on a busy machine; three
    ``str.replace`` calls do the same in a fraction of a millisecond."""
    from django.core.serializers.json import DjangoJSONEncoder

    text = (
        json.dumps(value, cls=DjangoJSONEncoder)
        .replace("&", "\\u0026")
        .replace("<", "\\u003C")
        .replace(">", "\\u003E")
    )
    return format_html(
        '<script id="{}" type="application/json">{}</script>', element_id, mark_safe(text)
    )


# --- names ---------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _territories(locale):
    """CLDR's territory names in a language (a Django code, "en" or "pt-br") as a plain
    dict: Babel's own mapping resolves aliases on every lookup, which cost more than the
    rest of a map's row."""
    try:
        territories = Locale.parse(locale.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale("en").territories
    return dict(territories.items())


def country_name(iso2, locale="en", fallback=""):
    """The country's name in the reader's language, from CLDR (entities outside ISO 3166-1,
    such as Somaliland, from accords/data/entities.json)."""
    return _territories(locale).get(iso2) or entities.name(iso2, locale) or fallback or iso2


MERGE = "merge"
FIRST = "first"


def highlight(text, spans, *, mode=MERGE, css_class="evidence", attrs=None):
    """Escape text and wrap each (start, end) span in ``<mark class="css_class">``.

    Two ways to treat spans that overlap:

    - ``MERGE``: overlapping or touching spans become one mark (a country named twice in
      one phrase, the admin's evidence);
    - ``FIRST``: a span overlapping one already marked is left out, so each mark stays
      one quoted sentence (the desk's claims; see ``attrs``).

    ``attrs(start, end)`` may give extra attribute text for a mark (already escaped); in
    both modes empty spans and spans beyond the text are skipped.
    """
    if mode == MERGE:
        spans = _merge(spans)
    elif mode != FIRST:
        raise ValueError(f"unknown highlight mode {mode!r}; expected {MERGE!r} or {FIRST!r}")
    out, position = [], 0
    for start, end in sorted(spans):
        if start < position or end > len(text) or start >= end:
            continue
        extra = f" {attrs(start, end)}" if attrs else ""
        out.append(escape(text[position:start]))
        out.append(f'<mark class="{css_class}"{extra}>{escape(text[start:end])}</mark>')
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))


def _merge(spans):
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark_spans(text, spans, css_class="evidence"):
    """Escape text and wrap each (start, end) span in <mark>; overlapping spans are merged."""
    return highlight(text, spans, mode=MERGE, css_class=css_class)


def country_mention_spans(text, iso2, languages=("en",)):
    """Where the country is named in text (CLDR names in the given languages), for highlighting."""
    names = sorted({country_name(iso2, lang) for lang in (*languages, "en")}, key=len, reverse=True)
    pattern = "|".join(re.escape(name) for name in names if name and name != iso2)
    if not pattern:
        return []
    return [m.span() for m in re.finditer(rf"(?<!\w)(?:{pattern})", text, re.IGNORECASE)]


@lru_cache(maxsize=512)
def language_name(code, locale="en"):
    """A language code ("id", "ar") as its name in the reader's language ("Indonesian")."""
    if not code:
        return ""
    try:
        return (
            Locale.parse(code.replace("-", "_")).get_display_name(locale.replace("-", "_")) or code
        )
    except (UnknownLocaleError, ValueError):
        return code
