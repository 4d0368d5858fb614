"""Reads.  Every query the pages and the admin need, with a bounded number of SQL queries."""

from django.db.models import Count, Prefetch, Q

from accords.models import Article, Citation, Country, ProposedChange, StatusEvent


def live_events():
    """Confirmed events that were not reverted: all the public pages ever show."""
    return StatusEvent.objects.filter(reverted_at__isnull=True)


def countries_with_status():
    """Countries that have a confirmed status, founding parties first, then by name."""
    return (
        Country.objects.exclude(current_status="")
        .select_related("current_event")
        .order_by("-founding", "name")
    )


def country_history(*, country):
    """A country's live events in date order, each with its citations and their articles."""
    citations = Citation.objects.select_related("article").order_by("id")
    return list(
        live_events()
        .filter(country=country)
        .prefetch_related(Prefetch("citations", queryset=citations))
        .order_by("date", "id")
    )


def latest_events(*, limit=10):
    """The most recently confirmed live events, newest first, with their first citation."""
    return list(
        live_events()
        .select_related("country")
        .prefetch_related(Prefetch("citations", queryset=Citation.objects.order_by("id")))
        .order_by("-confirmed_at", "-id")[:limit]
    )


def pending_count(*, country):
    return ProposedChange.objects.filter(
        country=country, review_state=ProposedChange.Review.PENDING
    ).count()


def review_queue():
    """Pending proposals with everything the admin list shows, in one query."""
    return (
        ProposedChange.objects.filter(review_state=ProposedChange.Review.PENDING)
        .select_related("country", "country__current_event", "article")
        .order_by("-confidence", "-created_at")
    )


def public_article(*, article_id):
    """An article is public once a live event cites it."""
    return (
        Article.objects.filter(pk=article_id)
        .filter(Q(citation__event__reverted_at__isnull=True) & Q(citation__isnull=False))
        .distinct()
        .first()
    )


def article_citations(*, article):
    return list(
        Citation.objects.filter(article=article, event__reverted_at__isnull=True)
        .select_related("event", "event__country", "proposal")
        .order_by("id")
    )


def article_state_counts():
    return dict(Article.objects.values_list("state").annotate(n=Count("id")))
