"""The article pipeline through services and tasks (tasks run inline here; see
test_tasks_worker for a real one)."""

import datetime

import pytest
from celery.exceptions import Retry
from kombu.exceptions import OperationalError

from accords import review, services, tasks
from accords.ingest.errors import TransientFetchError, UnsupportedContent
from accords.ingest.fetch import FetchResult
from accords.models import Article, ProposedChange, ReviewLog
from tests.builders import article

pytestmark = pytest.mark.django_db

HTML = b"""<html lang="en"><head><title>Kazakhstan to join the Abraham Accords</title>
<meta property="og:site_name" content="Example News"></head><body><article>
<h1>Kazakhstan to join the Abraham Accords</h1>
<p>Kazakhstan has agreed to join the Abraham Accords, the US President announced on Thursday,
making it the first country to sign up since 2020.</p>
<p>Officials in Astana said the signing ceremony would be held in Washington in the coming weeks,
and that relations with Israel had been good for decades.</p>
<p>Analysts said the step was largely symbolic but could encourage other countries in Central Asia
to consider joining the agreements, which the United Arab Emirates and Bahrain signed in 2020.</p>
</article></body></html>"""


def claims(article):
    return {
        (p.country.iso2, p.status, p.date_key) for p in article.proposals.select_related("country")
    }


def submit_seed(seed_text, django_capture_on_commit_callbacks, **kwargs):
    with django_capture_on_commit_callbacks(execute=True):
        article, created = services.article_submit_text(text=seed_text, **kwargs)
    article.refresh_from_db()
    return article, created


def test_the_seed_article_becomes_reviewable_proposals(
    seed_text, django_capture_on_commit_callbacks
):
    article, created = submit_seed(seed_text, django_capture_on_commit_callbacks)
    assert created
    assert article.state == Article.State.EXTRACTED, article.error
    assert article.language == "id"
    found = claims(article)
    statuses = {(iso2, status) for iso2, status, _ in found}
    assert ("KZ", "announced") in statuses
    for iso2 in ("AE", "BH", "MA"):
        assert (iso2, "signed", "2020") in found
    assert statuses & {("SA", "prospective"), ("SA", "declined")}
    named = {iso2 for iso2, _, _ in found}
    assert not named & {"IL", "US", "KG", "TJ", "TM", "UZ", "RU", "CN", "PS"}
    # Every paragraph is in the seed twice; the cleaned text and the claims have each once.
    assert article.text.count("Putra Mahkota Mohammed bin Salman") == 1
    assert len(found) == article.proposals.count()
    assert all(key != "2025-11-18" and not key.endswith("-11-18") for _, _, key in found)
    for proposal in article.proposals.all():
        assert article.text[proposal.evidence_start : proposal.evidence_end] == proposal.evidence


def test_the_same_text_pasted_twice_is_one_article(seed_text, django_capture_on_commit_callbacks):
    first, _ = submit_seed(seed_text, django_capture_on_commit_callbacks)
    second, created = submit_seed(
        "\n\n" + seed_text.replace("\n", "\n\n") + "  ", django_capture_on_commit_callbacks
    )
    assert not created
    assert second.pk == first.pk
    assert Article.objects.count() == 1


def test_processing_an_article_again_writes_nothing_new(
    seed_text, django_capture_on_commit_callbacks
):
    article, _ = submit_seed(seed_text, django_capture_on_commit_callbacks)

    def written():  # every proposal row as stored, and the log
        return (
            list(ProposedChange.objects.order_by("pk").values()),
            list(ReviewLog.objects.order_by("pk").values()),
        )

    before = written()
    assert before[0]
    assert tasks.process_article.delay(article.pk).get() == "done"
    Article.objects.filter(pk=article.pk).update(state=Article.State.CLEANED)
    assert tasks.process_article.delay(article.pk).get() == "extracted"
    assert written() == before


def test_an_article_held_by_another_worker_is_left_alone(seed_text):
    article = Article.objects.create(
        raw=seed_text,
        lease_until=datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5),
    )
    assert services.article_process(article_id=article.pk) == "busy"
    article.refresh_from_db()
    assert article.state == Article.State.QUEUED
    assert article.attempts == 0


def test_a_fetched_page_is_cleaned_and_extracted(monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(
        services,
        "fetch",
        lambda url, **kw: FetchResult(
            url=url, status_code=200, content_type="text/html", charset="utf-8", body=HTML
        ),
    )
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = services.article_submit_url(
            url="https://news.example.com/kz?utm_source=x#top", published=datetime.date(2025, 11, 7)
        )
    article.refresh_from_db()
    assert article.url == "https://news.example.com/kz"
    assert article.state == Article.State.EXTRACTED, article.error
    assert article.language == "en"
    assert "<" not in article.text
    assert ("KZ", "announced") in {(c, s) for c, s, _ in claims(article)}


def test_the_same_url_submitted_twice_is_one_article(monkeypatch):
    monkeypatch.setattr(services, "_enqueue", lambda article: None)
    first, created = services.article_submit_url(url="https://news.example.com/a?utm_medium=rss")
    second, created_again = services.article_submit_url(url="https://NEWS.example.com/a")
    assert created and not created_again
    assert first.pk == second.pk


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/admin",
        "http://localhost/",
        "file:///etc/passwd",
        "ftp://example.com/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://10.0.0.5/",
        "javascript:alert(1)",
    ],
)
def test_a_refused_url_is_recorded_with_its_reason(url):
    article, created = services.article_submit_url(url=url)
    assert created
    assert article.state == Article.State.FAILED
    assert article.error.startswith("Refused URL:")
    assert article.url is None


def test_content_that_is_not_an_article_fails_with_a_reason(
    monkeypatch, django_capture_on_commit_callbacks
):
    def fetch(url, **kw):
        raise UnsupportedContent("The page is a PDF document, not an article (application/pdf).")

    monkeypatch.setattr(services, "fetch", fetch)
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = services.article_submit_url(url="https://example.com/report.pdf")
    article.refresh_from_db()
    assert article.state == Article.State.FAILED
    assert "PDF" in article.error


def test_a_network_error_is_retried_and_the_editor_sees_why(monkeypatch):
    def fetch(url, **kw):
        raise TransientFetchError("The server did not answer within 20 seconds.")

    monkeypatch.setattr(services, "fetch", fetch)
    monkeypatch.setattr(services, "_enqueue", lambda article: None)
    article, _ = services.article_submit_url(url="https://slow.example.com/story")
    # Eager mode raises Retry instead of scheduling it; a real worker schedules it (test_tasks_worker).
    with pytest.raises(Retry):
        tasks.process_article.apply(args=[article.pk])
    article.refresh_from_db()
    assert article.state == Article.State.QUEUED
    assert article.lease_until is None  # the retry may claim it at once
    assert article.error == "Retrying (1/5): The server did not answer within 20 seconds."


def test_after_the_last_retry_the_failure_is_recorded(monkeypatch):
    def fetch(url, **kw):
        raise TransientFetchError("Connection refused.")

    monkeypatch.setattr(services, "fetch", fetch)
    monkeypatch.setattr(services, "_enqueue", lambda article: None)
    article, _ = services.article_submit_url(url="https://down.example.com/story")
    result = tasks.process_article.apply(args=[article.pk], retries=tasks.MAX_RETRIES)
    assert result.get() == "failed"
    article.refresh_from_db()
    assert article.state == Article.State.FAILED
    assert article.error == "Gave up after 6 attempts: Connection refused."


def test_a_network_error_then_success_finishes_the_article(monkeypatch):
    answers = [TransientFetchError("Connection reset."), None]

    def fetch(url, **kw):
        answer = answers.pop(0)
        if answer:
            raise answer
        return FetchResult(
            url=url, status_code=200, content_type="text/html", charset=None, body=HTML
        )

    monkeypatch.setattr(services, "fetch", fetch)
    monkeypatch.setattr(services, "_enqueue", lambda article: None)
    article, _ = services.article_submit_url(url="https://flaky.example.com/story")
    with pytest.raises(Retry):
        tasks.process_article.apply(args=[article.pk])
    assert tasks.process_article.apply(args=[article.pk], retries=1).get() == "extracted"
    article.refresh_from_db()
    assert article.state == Article.State.EXTRACTED
    assert article.attempts == 2
    assert article.error == ""


def test_a_broker_that_is_down_loses_no_article(
    monkeypatch, seed_text, django_capture_on_commit_callbacks
):
    def down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(tasks.process_article, "delay", down)
    with django_capture_on_commit_callbacks(execute=True):
        article, created = services.article_submit_text(text=seed_text)
    assert created
    article.refresh_from_db()
    assert article.state == Article.State.QUEUED
    monkeypatch.undo()
    assert services.articles_resend_stuck(older_than_seconds=0) == 1
    article.refresh_from_db()
    assert article.state == Article.State.EXTRACTED


def test_empty_text_is_recorded_as_failed():
    article, _ = services.article_submit_text(text=" \n\t ")
    assert article.state == Article.State.FAILED
    assert article.error


def test_an_unrecognisable_language_fails_with_advice(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = services.article_submit_text(text="1234 5678 9012 ... ??? !!! 3456")
    article.refresh_from_db()
    assert article.state == Article.State.FAILED
    assert "language" in article.error


def test_the_parsers_xs_claims_reach_the_queue_and_unknown_codes_are_skipped_with_a_note():
    from types import SimpleNamespace

    source = article(1)
    claims = [
        SimpleNamespace(
            country=code,
            status="prospective",
            date="2025-12-26",
            confidence=0.9,
            background=False,
            evidence="x",
            start=0,
            end=1,
        )
        for code in ("XS", "QQ")
    ]
    made = services.proposals_from_extraction(
        article=source, extraction=SimpleNamespace(claims=claims)
    )
    assert made == 1
    assert list(ProposedChange.objects.values_list("country__iso2", flat=True)) == ["XS"]
    note = ReviewLog.objects.get(action="claims_skipped")
    assert "QQ prospective" in review.describe(note)
    items, _ = review.queue()
    assert [str(i.key) for i in items] == ["XS.prospective.2025"]
