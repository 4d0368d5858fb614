"""The public pages show confirmed history only, each status with its source."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from accords import review, services
from accords.models import Citation, ProposedChange, StatusEvent
from tests import builders

pytestmark = pytest.mark.django_db


def test_the_overview_lists_every_country_with_a_status(client):
    services.reference_load()
    page = client.get("/").content.decode()
    for iso2 in ["AE", "BH", "SD", "MA", "KZ", "IL", "US"]:
        assert f'data-country="{iso2}"' in page
    assert 'data-country="QA"' not in page


def test_a_country_page_shows_its_history_with_sources(client):
    services.reference_load()
    page = client.get("/countries/ae/").content.decode()
    assert "United Arab Emirates" in page
    assert page.count('class="event"') == 3  # announced, signed, ratified
    assert "https://www.haaretz.com/" in page
    assert "15 September 2020" in page


def test_an_unknown_country_is_not_found(client):
    assert client.get("/countries/xx/").status_code == 404


def test_unconfirmed_proposals_never_reach_the_public_pages(client):
    source = builders.article(text="Mongolia will join the Abraham Accords.")
    builders.proposal(source, iso2="MN")
    assert "Mongolia" not in client.get("/").content.decode()
    assert "No confirmed status" in client.get("/countries/mn/").content.decode()
    assert client.get(reverse("article", args=[source.pk])).status_code == 404


def test_confirming_the_seed_claim_shows_it_with_article_and_sentence(
    client, editor, seed_text, django_capture_on_commit_callbacks
):
    services.reference_load()
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = services.article_submit_text(text=seed_text)
    proposal = ProposedChange.objects.get(article=article, country__iso2="KZ", status="announced")
    # The article gives no date: the editor chooses one, and it cites the known step.
    review.proposals_confirm(
        ids=[proposal.pk], user=editor, date=datetime.date(2025, 11, 6), date_precision="day"
    )
    page = client.get("/countries/KZ/").content.decode()
    assert 'id="current-status"' in page and "status-announced" in page
    assert reverse("article", args=[article.pk]) in page
    assert proposal.evidence in page
    article_page = client.get(reverse("article", args=[article.pk])).content.decode()
    assert proposal.evidence in article_page  # the quoted sentence, not the whole text
    article.refresh_from_db()
    assert len(article.text) > 500 and article.text not in article_page


def test_editors_see_how_many_proposals_wait_for_a_country(client, editor):
    builders.proposal(builders.article(text="x"), iso2="MN")
    assert "pending proposal" not in client.get("/countries/MN/").content.decode()
    client.force_login(editor)
    assert "1 pending proposal" in client.get("/countries/MN/").content.decode()


def test_the_interface_speaks_indonesian(client):
    services.reference_load()
    page = client.get("/countries/AE/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "Uni Emirat Arab" in page
    assert "15 September 2020" in page
    # The interface's own words, not only CLDR's names: the page, its labels, a status, a month.
    assert '<html lang="id">' in page
    assert "Status saat ini" in page and "Riwayat" in page and "Sumber" in page
    assert "Diratifikasi" in page and "19 Oktober 2020" in page
    assert "Current status" not in page and "<h2>History</h2>" not in page


def test_somalilands_page_exports_and_timeline_show_its_history_with_its_source(client):
    services.reference_load()
    page = client.get("/countries/XS/").content.decode()
    assert "Somaliland" in page and "26 December 2025" in page
    assert "swissinfo.ch" in page
    events = client.get("/exports/events.json").json()["events"]
    xs = [e for e in events if e["iso2"] == "XS"]
    assert [(e["status"], e["date"]) for e in xs] == [("prospective", "2025-12-26")]
    assert xs[0]["sources"][0]["url"].startswith("https://www.swissinfo.ch/")
    countries = {r["iso2"]: r for r in client.get("/exports/countries.json").json()["countries"]}
    assert countries["XS"]["status"] == "prospective" and countries["XS"]["region"] == "002"
    assert "XS" in client.get("/timeline/?region=014").content.decode()


def test_the_data_section_links_the_data_document_which_the_site_serves_as_written(client):
    from django.conf import settings

    document = reverse("data-document")
    home = client.get("/").content.decode()
    data_section = home[home.index('<section aria-labelledby="data-heading" id="data">') :]
    data_section = data_section[: data_section.index("</section>")]
    assert f'<a href="{document}" hreflang="en" type="text/plain">How the data is built' in (
        data_section
    )
    indonesian = client.get("/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert f'<a href="{document}" hreflang="en" type="text/plain">Bagaimana data disusun' in (
        indonesian
    )
    response = client.get(document)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    written = (settings.BASE_DIR / "docs" / "data.md").read_text(encoding="utf-8")
    assert response.content.decode() == written
    assert written.startswith("# The data") and "/exports/countries.json" in written
    assert client.post(document).status_code == 405


# --- odd date spellings in the timeline range ---------------------------------------------


def test_the_timeline_range_ignores_other_date_spellings(client):
    from accords.views import _parse_date

    assert _parse_date("2020-01-01") == datetime.date(2020, 1, 1)
    for value in ("20200101", "2020-W01-1", "2020-02-30", " 2020-01-01x"):
        assert _parse_date(value) is None


# --- exports: odd date spellings, spreadsheet formulas ----------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "20200101",
        "2020-W01-1",
        "2020W011",
        "2020-001",
        "٢٠٢٠-٠١-٠١",
        "2020-1-1",
        "2020-01-01T00:00",
    ],
)
def test_as_of_takes_only_yyyy_mm_dd(client, value):
    response = client.get(reverse("export", args=["countries", "json"]), {"as_of": value})
    assert response.status_code == 400
    assert b"YYYY-MM-DD" in response.content
    assert (
        client.get(
            reverse("export", args=["countries", "json"]), {"as_of": "2020-01-01"}
        ).status_code
        == 200
    )


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(client):
    event = builders.event(
        "KZ",
        "announced",
        datetime.date(2025, 11, 6),
        "day",
        source=StatusEvent.Source.REFERENCE,
        note="=1+1",
        confirmed_at=timezone.now(),
    )
    for number, outlet in enumerate(
        ('=HYPERLINK("http://evil.example/","x")', "+cmd", "-2+3", "@SUM(A1)", "\tTab", "\rCR")
    ):
        Citation.objects.create(
            event=event,
            url=f"https://news.example.org/{number}",
            outlet=outlet,
            language="en",
            evidence="@evidence",
        )
    services.country_refresh_status(country=event.country)
    for dataset in ("events", "countries"):
        body = client.get(reverse("export", args=[dataset, "csv"])).content.decode()
        cells = [cell for row in csv.reader(io.StringIO(body)) for cell in row]
        assert cells
        dangerous = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert dangerous == [], dataset
    assert "'=1+1" in client.get(reverse("export", args=["events", "csv"])).content.decode()


@pytest.mark.parametrize(
    "dates",
    [
        [],
        ["2020-09-15"],
        ["2000-01-01", "2020-09-15", "2026-12-02"],
        ["2020-09-15", "</script>"],
        ['2020"09'],
        ["2020-09-15\\"],
        ["2020-09-15", "tomorrow & after"],
        ["\u0661\u0669\u0662\u0660"],
        ["2020\n09"],
    ],
)
def test_the_change_dates_script_is_the_bytes_json_script_writes(dates):
    from accords.display import json_script
    from accords.views import _dates_script

    assert _dates_script(dates, "map-change-dates") == str(json_script(dates, "map-change-dates"))
