"""Celery tasks: thin wrappers that take ids, call a service and return a short outcome.

Tasks are acknowledged late, so a worker that dies mid-task leaves the message
to be delivered again; the article's lease and saved state make the second run
pick up where the first stopped, and the periodic sweep resends anything a
broker lost.
"""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError

from accords import services
from accords.ingest.errors import IngestError
from accords.models import Feed

logger = logging.getLogger(__name__)

MAX_RETRIES = 5


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def process_article(self, article_id):
    try:
        outcome = services.article_process(article_id=article_id)
    except (IngestError, OperationalError, InterfaceError) as error:
        # IngestError reaching here is transient (network, 5xx); a dropped
        # database connection is too.  Back off: 10 s, 20 s, 40 s ...
        message = f"Retrying ({self.request.retries + 1}/{MAX_RETRIES}): {error}"
        if self.request.retries >= MAX_RETRIES:
            services.article_fail(article_id=article_id,
                                  message=f"Gave up after {MAX_RETRIES + 1} attempts: {error}")
            return "failed"
        if not isinstance(error, IngestError):
            _close_broken_connections()
        try:
            services.article_release(article_id=article_id, message=message)
        except (OperationalError, InterfaceError):
            pass  # the lease simply runs out
        raise self.retry(exc=error, countdown=10 * 2**self.request.retries) from error
    if outcome == "busy":
        # Another delivery holds the lease (or a dead worker did): try again after it.
        raise self.retry(countdown=60, max_retries=MAX_RETRIES + 10)
    return outcome


@shared_task(acks_late=True)
def poll_feed(feed_id):
    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return "inactive"
    return f"{services.feed_poll(feed=feed)} new"


@shared_task
def poll_feeds():
    """Run by beat every minute: send each feed whose interval has passed."""
    due = services.feeds_due()
    for feed in due:
        poll_feed.delay(feed.pk)
    return f"{len(due)} feeds"


@shared_task
def resend_stuck_articles():
    return f"{services.articles_resend_stuck()} resent"


def _close_broken_connections():
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.close_if_unusable_or_obsolete()
