"""Citations a reader can follow: pasted text with its original URL and outlet, the public
article page quoting only what is cited, exports and the Atom feed naming every source."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from accords import review, services
from accords.models import Article, ProposedChange
from tests import builders

pytestmark = pytest.mark.django_db
SUBMIT = reverse("admin:accords_article_submit")
ATOM = "{http://www.w3.org/2005/Atom}"
TEXT = (
    "Kazakhstan joins the accords\n\n"
    "Kazakhstan has agreed to join the Abraham Accords, the White House said.\n\n"
    "A second paragraph about trade that nobody cites and that stays with the editors."
)


def submit(client, **data):
    return client.post(SUBMIT, {"text": TEXT, "language": "en", **data}, follow=True)


def test_pasted_text_keeps_its_original_url_and_outlet_and_is_never_fetched(
    client, editor, django_capture_on_commit_callbacks, monkeypatch
):
    def no_fetch(*args, **kwargs):
        raise AssertionError("a pasted article's URL must not be fetched")

    monkeypatch.setattr("accords.services.fetch", no_fetch)
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(
            client,
            url="https://news.example.org/kz?utm_source=x",
            outlet="Example Daily",
            published="2025-11-07",
        )
    assert "Published: Friday 7 November 2025." in response.content.decode()
    article = Article.objects.get()
    assert (article.url, article.outlet, article.pasted) == (
        "https://news.example.org/kz",
        "Example Daily",
        True,
    )
    assert article.state == "extracted" and article.proposals.exists()


def test_the_outlet_defaults_to_the_urls_site_name(client, editor):
    client.force_login(editor)
    submit(client, url="https://www.example-news.org/story/1")
    assert Article.objects.get().outlet == "example-news.org"


def test_a_url_already_known_with_another_text_is_refused_and_the_form_keeps_everything(
    client, editor
):
    builders.article(
        url="https://news.example.org/kz", text="Another story.", content_hash="x" * 64
    )
    client.force_login(editor)
    response = submit(client, url="https://news.example.org/kz", outlet="Example Daily")
    page = response.content.decode()
    assert "already article #" in page and "with a different text" in page
    assert "Kazakhstan has agreed to join" in page and 'value="Example Daily"' in page
    assert Article.objects.count() == 1


def test_a_ten_thousand_character_outlet_is_refused_with_a_message(client, editor):
    client.force_login(editor)
    page = submit(client, outlet="x" * 10000).content.decode()
    assert "at most 200 characters" in page and not Article.objects.exists()


def confirmed_article(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = services.article_submit_text(
            text=TEXT,
            language="en",
            url="https://news.example.org/kz",
            outlet="Example Daily",
            published=datetime.date(2025, 11, 7),
            published_precision="day",
        )
    proposal = ProposedChange.objects.get(article=article, country__iso2="KZ")
    review.proposals_confirm(
        ids=[proposal.pk], user=editor, date=datetime.date(2025, 11, 6), date_precision="day"
    )
    return article, proposal


def test_the_public_article_page_shows_what_is_cited_never_the_full_text(
    client, editor, django_capture_on_commit_callbacks
):
    article, proposal = confirmed_article(editor, django_capture_on_commit_callbacks)
    page = client.get(reverse("article", args=[article.pk])).content.decode()
    assert "Example Daily" in page and "7 November 2025" in page
    assert 'href="https://news.example.org/kz"' in page
    assert proposal.evidence in page
    assert "Supports:" in page and "Kazakhstan: Announced, 6 November 2025" in page
    assert "A second paragraph about trade" not in page


def test_exports_and_the_feed_name_outlet_date_link_and_quote(
    client, editor, django_capture_on_commit_callbacks
):
    article, proposal = confirmed_article(editor, django_capture_on_commit_callbacks)
    events = client.get("/exports/events.json").json()["events"]
    source = events[0]["sources"][0]
    assert source["outlet"] == "Example Daily" and source["url"] == "https://news.example.org/kz"
    assert source["published"] == "2025-11-07" and source["evidence"] == proposal.evidence
    rows = list(csv.DictReader(io.StringIO(client.get("/exports/events.csv").content.decode())))
    assert (
        rows[0]["source_outlets"],
        rows[0]["source_urls"],
        rows[0]["source_published"],
        rows[0]["source_evidence"],
    ) == ("Example Daily", "https://news.example.org/kz", "2025-11-07", proposal.evidence)
    root = ET.fromstring(client.get("/feed/").content)
    summary = root.find(f"{ATOM}entry").find(f"{ATOM}summary").text
    assert summary == (
        f"Example Daily, 7 November 2025: “{proposal.evidence}” https://news.example.org/kz"
    )


def test_the_article_admin_edits_the_publication_date_at_its_precision_and_echoes_it(
    client, editor
):
    article = builders.article(text="x", url=None, published=None)
    client.force_login(editor)
    url = reverse("admin:accords_article_change", args=[article.pk])
    refused = client.post(
        url,
        {
            "language": "en",
            "published_when": "12/02/2026",
            "proposals-TOTAL_FORMS": 0,
            "proposals-INITIAL_FORMS": 0,
        },
    )
    assert "ambiguous" in refused.content.decode()
    response = client.post(
        url,
        {
            "language": "en",
            "published_when": "2025-11",
            "proposals-TOTAL_FORMS": 0,
            "proposals-INITIAL_FORMS": 0,
        },
        follow=True,
    )
    assert "Published: November 2025." in response.content.decode()
    article.refresh_from_db()
    assert (article.published_key, article.published_precision) == ("2025-11", "month")


def test_a_cited_article_cannot_be_deleted_and_its_event_keeps_its_source(
    client, editor, superuser, django_capture_on_commit_callbacks
):
    article, _ = confirmed_article(editor, django_capture_on_commit_callbacks)
    client.force_login(superuser)
    page = client.post(
        reverse("admin:accords_article_delete", args=[article.pk]), {"post": "yes"}, follow=True
    ).content.decode()
    assert "Cannot delete" in page or "protected" in page
    assert Article.objects.filter(pk=article.pk).exists()
    assert client.get("/countries/KZ/").content.decode().count("Example Daily") >= 1
