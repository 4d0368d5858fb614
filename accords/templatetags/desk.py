"""Words for the editors' desk: dates as confirming will write them, the review log."""

from django import template
from django.utils.translation import get_language

from accords.display import format_date
from accords.models import parse_date_key

register = template.Library()


@register.filter
def date_words(key):
    """A written date ("2025-11-06", "2025-11", "2025") in words: "6 November 2025"."""
    try:
        date, precision = parse_date_key(key)
    except (TypeError, ValueError):
        return key
    if date is None:
        return ""
    return format_date(date, precision, get_language() or "en")


@register.filter
def direction(claim):
    """ "back", "same" or "": how a proposal's status stands to its country's current one."""
    from accords.review import direction as of

    return of(claim.country.current_status, claim.status)


@register.filter
def log_words(log):
    """A review log entry as a sentence: "confirmed Kazakhstan: announced, dated 6 November
    2025", not its code and data."""
    from accords.review import describe

    return describe(log)
