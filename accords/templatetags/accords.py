from django import template
from django.utils.translation import get_language

from accords.charts import format_date

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
    from accords.charts import STATUS_LABELS

    return STATUS_LABELS.get(status, status)


@register.simple_tag
def country_name(country):
    """A Country's name in the reader's language (CLDR), its English name as fallback."""
    from accords.display import country_name as localized

    return localized(country.iso2, get_language() or "en", country.name)
