"""Inputs meant to break the site: NUL characters, odd date spellings, spreadsheet formulas,
redirects off the site, oversized forms, disguised duplicates and dropped database connections.
Each case once gave a 500, a bare error or a wrong answer."""

import csv
import datetime
import io
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accords import services
from accords.ingest.clean import content_hash
from accords.models import Article, Citation, StatusEvent
from tests import builders

pytestmark = pytest.mark.django_db


# --- NUL characters ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "/countries/%00%00/", "/countries/KZ%00/", "/timeline/?from=%00", "/map/?date=2020-01-01%00",
    "/exports/events.csv?as_of=%00", "/?x=%00",
])
def test_a_nul_anywhere_in_the_address_is_a_plain_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert b"NUL" in response.content


def test_a_nul_or_an_odd_digit_in_a_desk_filter_is_not_a_500(client, editor):
    client.force_login(editor)
    for query in ("?feed=%00", "?feed=%C2%B2", "?feed=%D9%A3", "?country=%00"):
        response = client.get(reverse("admin:accords_desk") + query)
        assert response.status_code in (200, 400), (query, response.status_code)


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["20200101", "2020-W01-1", "2020W011", "2020-001", "٢٠٢٠-٠١-٠١",
                                   "2020-1-1", "2020-01-01T00:00"])
def test_as_of_takes_only_yyyy_mm_dd(client, value):
    response = client.get(reverse("export", args=["countries", "json"]), {"as_of": value})
    assert response.status_code == 400
    assert b"YYYY-MM-DD" in response.content
    assert client.get(reverse("export", args=["countries", "json"]),
                      {"as_of": "2020-01-01"}).status_code == 200


def test_the_timeline_range_ignores_other_date_spellings(client):
    from accords.views import _parse_date

    assert _parse_date("2020-01-01") == datetime.date(2020, 1, 1)
    for value in ("20200101", "2020-W01-1", "2020-02-30", " 2020-01-01x"):
        assert _parse_date(value) is None


# --- spreadsheet formulas in CSV exports -----------------------------------------------------------


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(client):
    event = builders.event("KZ", "announced", datetime.date(2025, 11, 6), "day",
                           source=StatusEvent.Source.REFERENCE, note="=1+1",
                           confirmed_at=timezone.now())
    for number, outlet in enumerate(("=HYPERLINK(\"http://evil.example/\",\"x\")", "+cmd", "-2+3", "@SUM(A1)",
                   "\tTab", "\rCR")):
        Citation.objects.create(event=event, url=f"https://news.example.org/{number}",
                                outlet=outlet, language="en", evidence="@evidence")
    services.country_refresh_status(country=event.country)
    for dataset in ("events", "countries"):
        body = client.get(reverse("export", args=[dataset, "csv"])).content.decode()
        cells = [cell for row in csv.reader(io.StringIO(body)) for cell in row]
        assert cells
        dangerous = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert dangerous == [], dataset
    assert "'=1+1" in client.get(reverse("export", args=["events", "csv"])).content.decode()


# --- redirects ----------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example",
                                    "javascript:alert(1)"])
def test_the_desk_undo_never_redirects_off_the_site(client, editor, target):
    event = builders.event("KZ", "announced", datetime.date(2025, 11, 6), "day",
                           confirmed_at=timezone.now())
    client.force_login(editor)
    response = client.post(reverse("admin:accords_desk_event_undo", args=[event.pk]),
                           {"next": target})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:accords_desk")


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"])
def test_reopening_a_claim_and_removing_a_source_never_redirect_off_the_site(
        client, editor, target):
    event = builders.event("KZ", "announced", datetime.date(2025, 11, 6), "day",
                           confirmed_at=timezone.now())
    article = Article.objects.create(title="A", language="en", text="Text.", state="extracted",
                                     content_hash="redirect-test")
    citation = Citation.objects.create(event=event, article=article, outlet="Paper")
    client.force_login(editor)
    response = client.post(reverse("admin:accords_desk_reopen"), {"next": target})
    assert response.status_code == 302 and response["Location"] == reverse("admin:accords_desk")
    response = client.post(reverse("admin:accords_desk_citation_remove", args=[citation.pk]),
                           {"next": target})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:accords_desk_country", args=["KZ"])


def test_the_desk_undo_still_returns_to_a_page_of_the_site(client, editor):
    event = builders.event("KZ", "announced", datetime.date(2025, 11, 6), "day",
                           confirmed_at=timezone.now())
    client.force_login(editor)
    response = client.post(reverse("admin:accords_desk_event_undo", args=[event.pk]),
                           {"next": "/admin/accords/desk/?country=KZ"})
    assert response["Location"] == "/admin/accords/desk/?country=KZ"


# --- pasted text size -----------------------------------------------------------------------------


def test_text_over_the_limit_comes_back_in_the_form_with_a_readable_message(
        client, editor, settings):
    settings.ARTICLE_MAX_CHARS = 2000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 2000 + 64 * 1024
    client.force_login(editor)
    text = "Казахстан присоединится к Авраамовым соглашениям. " * 60  # 3,000 characters
    response = client.post(reverse("admin:accords_article_submit"), {"text": text})
    assert response.status_code == 200
    assert "the limit is 2,000" in response.content.decode()
    assert text.strip()[:200] in response.content.decode()  # the editor's text is kept
    assert not Article.objects.exists()


def test_a_form_larger_than_any_article_gets_a_sentence_not_a_bare_400(client, editor, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.force_login(editor)
    response = client.post(reverse("admin:accords_article_submit"), {"text": "x" * 20_000})
    assert response.status_code == 413
    assert b"shorter excerpt" in response.content


def test_the_body_limit_fits_a_full_length_article_in_any_script(client, editor, settings):
    from django.conf import settings as live

    assert live.DATA_UPLOAD_MAX_MEMORY_SIZE >= 12 * live.ARTICLE_MAX_CHARS
    # The worst case, sent as a browser sends the form: a letter of four UTF-8 bytes is twelve
    # characters once form-encoded.  A full-length article in such a script is accepted; the
    # article is shorter than the live limit (a 12 MB post is slow) and the body limit smaller
    # by the same twelve bytes a letter, so the margin for the other fields is the live one.
    length = 20_000
    settings.ARTICLE_MAX_CHARS = length
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = (live.DATA_UPLOAD_MAX_MEMORY_SIZE
                                            - 12 * (live.ARTICLE_MAX_CHARS - length))
    text = "\U00010330" * (length - 1) + "."
    body = urlencode({"text": text, "language": "en", "title": "t" * 200, "outlet": "o" * 200,
                      "url": "https://example.com/" + "p" * 1800})
    assert len(body) > 12 * (length - 1)
    client.force_login(editor)
    response = client.post(reverse("admin:accords_article_submit"), body,
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 302, response.content[:500]
    assert len(Article.objects.get().raw) == length


# --- disguised duplicates -----------------------------------------------------------------------

TEXT = "Kazakhstan will join the Abraham Accords, officials said in Astana on Thursday."


@pytest.mark.parametrize("disguise", [
    "Kazakh\u200bstan will join the Abraham Accords, officials said in Astana on Thursday.",
    "Kazakh\u00adstan will join the Abra\u00adham Accords, officials said in Astana on Thursday.",
    "Kazakhstan\u2060 will join the Abraham\u200d Accords, officials said in Astana on Thursday.",
    "Kazakhstan will join the \u0410braham \u0410\u0441\u0441ords, officials said in Astana on "
    "Thursday.",
    "Kаzаkhstаn will join the Abrаhаm Accords, оfficials said in Astana on Thursday.",
    "Kazakhstan will join the \uff21braham Accords, officials said in Astana on Thursday.",
])
def test_invisible_characters_and_look_alike_letters_do_not_evade_deduplication(disguise):
    assert disguise != TEXT
    assert content_hash(disguise) == content_hash(TEXT)
    first, _ = services.article_submit_text(text=TEXT)
    second, created = services.article_submit_text(text=disguise)
    assert not created and second.pk == first.pk


def test_text_in_another_script_keeps_its_own_hash():
    russian = "Казахстан присоединится к Авраамовым соглашениям, сообщили в Астане."
    assert content_hash(russian) != content_hash(russian.replace("а", "a"))


# --- database connections -----------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_kept_database_connection_that_was_dropped_is_replaced_before_the_next_request(
        settings):
    """CONN_MAX_AGE keeps connections between requests; if the server drops one, the next
    request used to fail with a 500.  With health checks it gets a fresh connection."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no server connection to drop; this runs on the PostgreSQL suite")
    from django.db import close_old_connections, connections

    connections["default"].settings_dict["CONN_MAX_AGE"] = 600
    connection.close()  # the next connection is made with the new age
    try:
        client = Client()
        assert client.get(reverse("country", args=["KZ"])).status_code == 200
        assert connection.connection is not None  # kept after the request
        pid = connection.connection.info.backend_pid
        other = connections.create_connection("default")
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        other.close()
        # What every request starts with in a server (the test client leaves it out).
        close_old_connections()
        assert client.get(reverse("country", args=["KZ"])).status_code == 200
    finally:
        connections["default"].settings_dict["CONN_MAX_AGE"] = 0
        connection.close()
