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
