from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from accords.display import STATUS_LABELS, format_date

register = template.Library()


@register.simple_tag
def date_at_precision(date, precision):
    """A date as precisely as it is known ("2020", "September 2020", "15 September 2020"),
    in the reader's language; the same text the charts show."""
    if date is None:
        return ""
    return format_date(date, precision or "day", get_language() or "en")


@register.simple_tag
def status_label(status):
    """A status value ("signed", "founding") in the reader's language: the charts' legend."""
    return STATUS_LABELS.get(status, status)


@register.simple_tag
def country_name(country):
    """A Country's name in the reader's language (CLDR), its English name as fallback."""
    from accords.display import country_name as localized

    return localized(country.iso2, get_language() or "en", country.name)


@register.simple_tag
def status_badge(status, label=None, current=None, oob=False):
    """The status badge (one markup for every page): ``{% status_badge event.status %}``.

    ``label`` replaces the reader's-language label (the desk shows the stored value);
    ``current="KZ"`` marks the badge of a country's current status, which the desk updates
    in place (``oob=True`` on the fragment that replaces it)."""
    from accords.display import status_badge as badge

    if current is None:
        return badge(status, label)
    attrs = format_html('data-current="{}"', status or "")
    if oob:
        attrs = format_html('hx-swap-oob="outerHTML:.current-{}" {}', current, attrs)
    return badge(status, label, extra_class=f"current-{current}", attrs=attrs)


@register.simple_tag
def step_date(event):
    """An event's date as a ``<time>`` at its precision ("in 2020" pages write "2020")."""
    if not event:
        return ""
    return format_html(
        '<time datetime="{}">{}</time>',
        event.date_key,
        date_at_precision(event.date, event.date_precision),
    )


@register.filter
def figure_script(value, element_id):
    """``{{ figure|figure_script:"map-figure" }}``: the figure as Django's ``json_script``
    writes it, many times faster for a large figure (see display.json_script)."""
    from accords.display import json_script

    return json_script(value, element_id)
