"""Small pure helpers for showing data: localized names, highlighted evidence."""

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.utils.html import escape
from django.utils.safestring import mark_safe


@lru_cache(maxsize=64)
def _territories(locale):
    try:
        return Locale.parse(locale).territories
    except (UnknownLocaleError, ValueError):
        return Locale("en").territories


def country_name(iso2, locale="en", fallback=""):
    """The country's name in the reader's language, from CLDR (entities outside ISO 3166-1,
    such as Somaliland, from accords/data/entities.json)."""
    from accords.entities import name

    return (_territories(locale.replace("-", "_")).get(iso2) or name(iso2, locale)
            or fallback or iso2)


def mark_spans(text, spans, css_class="evidence"):
    """Escape text and wrap each (start, end) span in <mark>; overlapping spans are merged."""
    out, position = [], 0
    for start, end in sorted(_merge(spans)):
        if start < position or end > len(text):
            continue
        out.append(escape(text[position:start]))
        out.append(f'<mark class="{css_class}">{escape(text[start:end])}</mark>')
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
        return Locale.parse(code.replace("-", "_")).get_display_name(
            locale.replace("-", "_")) or code
    except (UnknownLocaleError, ValueError):
        return code
