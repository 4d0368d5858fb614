"""Celery tasks: thin wrappers that take ids, call a service and return a short outcome.

Tasks are acknowledged late, so a worker that dies mid-task leaves the message
to be delivered again; the article's lease and saved state make the second run
pick up where the first stopped, and the periodic sweep resends anything a
broker lost.

Every task is bounded.  Processing an article stops after ARTICLE_SOFT_TIME_LIMIT seconds and
the article is recorded as failed ("took too long"); a run that cannot be stopped politely is
killed at ARTICLE_TIME_LIMIT and counted as interrupted (services.article_process fails the
article after ARTICLE_MAX_INTERRUPTIONS of those).  Any other error is retried with back-off
and recorded as the article's failure after MAX_RETRIES retries.
"""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import DatabaseError, InterfaceError, OperationalError

from accords import services
from accords.ingest.errors import IngestError
from accords.models import Feed

logger = logging.getLogger(__name__)

MAX_RETRIES = 5


# The time limits of process_article are the worker's own settings (accords/celery.py sets
# them when a worker starts), not sent with each message: a changed limit applies to work that
# is already queued.
@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def process_article(self, article_id):
    try:
        with services.lease_kept(article_id):
            return services.article_process(article_id=article_id)
    except SoftTimeLimitExceeded:
        _close_broken_connections()
        services.article_fail(article_id=article_id, message=services.too_long_message())
        return "failed"
    except Exception as error:  # noqa: BLE001 - every failure is recorded, none retried forever
        reason = _reason(error)
        if isinstance(error, DatabaseError):
            _close_broken_connections()
        if self.request.retries >= MAX_RETRIES:
            services.article_fail(
                article_id=article_id, message=f"Gave up after {MAX_RETRIES + 1} attempts: {reason}"
            )
            return "failed"
        if not isinstance(error, (IngestError, DatabaseError)):
            logger.exception("article %s: unexpected error", article_id)
        try:
            services.article_release(
                article_id=article_id,
                message=f"Retrying ({self.request.retries + 1}/{MAX_RETRIES}): {reason}",
            )
        except (OperationalError, InterfaceError):
            pass  # the lease simply runs out
        # Back off: 10 s, 20 s, 40 s ...
        raise self.retry(exc=error, countdown=10 * 2**self.request.retries) from error


def _reason(error):
    """The editor's reading of an error: ingest errors are written for them; anything else is
    named by its type (a dropped database connection, a bug)."""
    if isinstance(error, IngestError):
        return str(error)
    return f"{type(error).__name__}: {error}"[:1000]


@shared_task(acks_late=True, soft_time_limit=120, time_limit=150)
def poll_feed(feed_id):
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return "inactive"
    return f"{services.feed_poll(feed=feed)} new"


@shared_task(soft_time_limit=60, time_limit=90)
def poll_feeds():
    """Run by beat every minute: send each feed whose interval has passed."""
    due = services.feeds_due()
    for feed in due:
        poll_feed.delay(feed.pk)
    return f"{len(due)} feeds"


@shared_task(soft_time_limit=60, time_limit=90)
def resend_stuck_articles():
    return f"{services.articles_resend_stuck()} resent"


def _close_broken_connections():
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.close_if_unusable_or_obsolete()
