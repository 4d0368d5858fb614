"""Feeds: beat sends the due ones, each entry becomes one article, a broken feed says why."""

import datetime

import pytest
from django.utils import timezone

from accords import services, tasks
from accords.ingest.errors import TransientFetchError
from accords.ingest.fetch import FetchResult
from accords.models import Article, Feed

pytestmark = pytest.mark.django_db

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example World</title><link>https://news.example.com/</link>
<item><title>Kazakhstan to join the Abraham Accords</title>
<link>https://news.example.com/world/kazakhstan-accords</link>
<pubDate>Thu, 06 Nov 2025 21:10:00 GMT</pubDate></item>
<item><title>&lt;script&gt;alert(1)&lt;/script&gt;Markets close higher</title>
<link>/business/markets?utm_source=rss</link></item>
<item><title>Internal</title><link>http://127.0.0.1:8000/admin/</link></item>
</channel></rss>"""


@pytest.fixture
def serve(monkeypatch):
    """Answer fetches of the feed's URL with a body; article URLs are not fetched here."""

    def use(body=RSS, error=None):
        def fetch(url, **kwargs):
            if error:
                raise error
            return FetchResult(
                url=url,
                status_code=200,
                content_type="application/rss+xml",
                charset="utf-8",
                body=body,
            )

        monkeypatch.setattr(services, "fetch", fetch)
        monkeypatch.setattr(services, "_enqueue", lambda article: None)

    return use


def test_each_entry_becomes_one_article_however_often_the_feed_is_polled(serve):
    serve()
    feed = Feed.objects.create(url="https://news.example.com/rss", language="en")
    assert services.feed_poll(feed=feed) == 2
    assert services.feed_poll(feed=feed) == 0
    articles = {a.url: a for a in Article.objects.all()}
    assert set(articles) == {
        "https://news.example.com/world/kazakhstan-accords",
        "https://news.example.com/business/markets",
    }
    kz = articles["https://news.example.com/world/kazakhstan-accords"]
    assert (kz.feed, kz.language, kz.published) == (feed, "en", datetime.date(2025, 11, 6))
    assert "<" not in articles["https://news.example.com/business/markets"].title
    feed.refresh_from_db()
    assert feed.last_polled_at is not None and feed.last_error == ""


def test_a_broken_feed_records_why_and_adds_nothing(serve):
    serve(body=b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    feed = Feed.objects.create(url="https://news.example.com/rss")
    assert services.feed_poll(feed=feed) == 0
    feed.refresh_from_db()
    assert feed.last_error
    assert not Article.objects.exists()


def test_a_feed_that_times_out_is_recorded_and_raised_for_a_retry(serve):
    serve(error=TransientFetchError("The server did not answer within 20 seconds."))
    feed = Feed.objects.create(url="https://news.example.com/rss")
    with pytest.raises(TransientFetchError):
        services.feed_poll(feed=feed)
    feed.refresh_from_db()
    assert feed.last_error == "The server did not answer within 20 seconds."


def test_beat_sends_only_active_feeds_whose_interval_has_passed(serve):
    serve()
    now = timezone.now()
    never = Feed.objects.create(url="https://a.example.com/rss")
    stale = Feed.objects.create(
        url="https://b.example.com/rss",
        interval_minutes=30,
        last_polled_at=now - datetime.timedelta(minutes=31),
    )
    Feed.objects.create(
        url="https://c.example.com/rss",
        interval_minutes=30,
        last_polled_at=now - datetime.timedelta(minutes=5),
    )
    Feed.objects.create(url="https://d.example.com/rss", active=False)
    assert {f.pk for f in services.feeds_due(now=now)} == {never.pk, stale.pk}
    assert tasks.poll_feeds.delay().get() == "2 feeds"
    # The absolute link is one article for both feeds; the relative ones differ by host.
    assert Article.objects.count() == 3
    assert set(Article.objects.values_list("url", flat=True)) == {
        "https://news.example.com/world/kazakhstan-accords",
        "https://a.example.com/business/markets",
        "https://b.example.com/business/markets",
    }
