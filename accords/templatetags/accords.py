from babel.dates import format_date
from django import template
from django.utils.translation import get_language

register = template.Library()

_FORMATS = {"year": "y", "month": "LLLL y", "day": "long"}


@register.simple_tag
def date_at_precision(date, precision):
    """A date as precisely as it is known: "2020", "September 2020", "15 September 2020"."""
    if date is None:
        return ""
    locale = (get_language() or "en").replace("-", "_")
    return format_date(date, _FORMATS.get(precision, "long"), locale=locale)
