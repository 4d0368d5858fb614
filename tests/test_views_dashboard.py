"""The public dashboard: timeline, map as of a date, overview, exports and feed."""

import csv
import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.template.defaultfilters import floatformat
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accords import regions, review, services
from accords.models import Citation, Country, StatusEvent
from tests.builders import article, proposal
from tests.builders import event as status_event

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reference():
    services.reference_load()


def figure(html, name):
    """The figure JSON a page hands to charts.js."""
    start = html.index(f'<script id="{name}" type="application/json">') + len(
        f'<script id="{name}" type="application/json">'
    )
    return json.loads(html[start : html.index("</script>", start)])


def marks(fig):
    """(iso2, status) of every mark of a timeline figure (a founding party's: its step)."""
    out = []
    for trace in fig["data"]:
        meta = trace.get("meta", {})
        if meta.get("role") == "events":
            statuses = meta.get("statuses") or [meta["status"]] * len(meta["iso2"])
            out += list(zip(meta["iso2"], statuses, strict=True))
    return out


def coloured(fig):
    """{iso3: status} of every country the map colours."""
    return {
        loc: trace["meta"]["status"]
        for trace in fig["data"]
        if trace.get("meta", {}).get("role") == "countries"
        for loc in trace["locations"]
    }


def add_history(countries=20, per_country=3, start=dt.date(2015, 1, 1)):
    """Extra confirmed history with article sources, to show the query counts do not grow."""
    statuses = ["prospective", "negotiating", "announced", "signed"]
    targets = list(
        Country.objects.filter(founding=False).exclude(iso2__in=["AE", "BH", "SD", "MA", "KZ"])[
            :countries
        ]
    )
    for index, country in enumerate(targets):
        for step in range(per_country):
            step_event = status_event(
                country.iso2,
                statuses[step % 4],
                start + dt.timedelta(days=index * 40 + step * 9),
                "day",
                confirmed_at=timezone.now(),
                source="review",
            )
            source = article(
                text=f"{country.name} {step}",
                language="id",
                outlet=f"Outlet {step}",
                url=None,
                content_hash=f"{country.iso2}{step}",
            )
            Citation.objects.create(
                event=step_event,
                article=source,
                outlet=f"Outlet {step}",
                language="id",
                evidence=f"{country.name} bergabung",
            )
        services.country_refresh_status(country=country)
    return targets


# --- timeline ---------------------------------------------------------------------------


def test_the_timeline_draws_one_mark_per_confirmed_event_and_lists_them_in_a_table(
    client, reference
):
    html = client.get("/timeline/").content.decode()
    fig = figure(html, "timeline-figure")
    expected = sorted((e.country.iso2, e.status) for e in StatusEvent.objects.all())
    assert sorted(marks(fig)) == expected
    assert html.count("<tr data-event=") == len(expected)
    assert 'id="timeline-table"' in html


def test_a_reverted_event_leaves_the_timeline(client, reference, editor):
    event = StatusEvent.objects.get(country__iso2="KZ")
    before = len(marks(figure(client.get("/timeline/").content.decode(), "timeline-figure")))
    review.event_revert(event=event, user=editor)
    fig = figure(client.get("/timeline/").content.decode(), "timeline-figure")
    assert len(marks(fig)) == before - 1
    assert ("KZ", "announced") not in marks(fig)


def test_the_status_filter_keeps_only_those_events(client, reference):
    html = client.get("/timeline/?status=announced").content.decode()
    assert {status for _, status in marks(figure(html, "timeline-figure"))} == {"announced"}
    assert 'value="announced" checked' in html


def test_the_date_range_filter_is_inclusive(client, reference):
    html = client.get("/timeline/?from=2020-09-15&to=2020-12-10").content.decode()
    got = sorted(marks(figure(html, "timeline-figure")))
    assert got == sorted(
        [
            ("IL", "signed"),
            ("US", "signed"),
            ("AE", "signed"),
            ("BH", "signed"),
            ("AE", "ratified"),
            ("SD", "announced"),
            ("MA", "announced"),
        ]
    )


def test_the_region_filter_keeps_the_countries_of_that_region(client, reference):
    northern_africa = client.get("/timeline/?region=015").content.decode()
    assert {iso2 for iso2, _ in marks(figure(northern_africa, "timeline-figure"))} == {"SD", "MA"}
    western_asia = client.get("/timeline/?region=145").content.decode()
    assert {iso2 for iso2, _ in marks(figure(western_asia, "timeline-figure"))} == {
        "AE",
        "BH",
        "IL",
        "SA",
        "SY",
        "AZ",
    }


def test_unknown_filter_values_are_ignored(client, reference):
    html = client.get("/timeline/?status=bogus&region=999&from=notadate").content.decode()
    assert len(marks(figure(html, "timeline-figure"))) == StatusEvent.objects.count()


def test_an_htmx_filter_request_gets_only_the_chart_region(client, reference):
    response = client.get("/timeline/?status=signed", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.startswith('<div id="timeline-region"')
    assert "<html" not in html and 'id="timeline-filters"' not in html
    assert {s for _, s in marks(figure(html, "timeline-figure"))} == {"signed"}
    assert "HX-Request" in response["Vary"]


def test_an_htmx_history_restore_gets_the_whole_page(client, reference):
    html = client.get(
        "/timeline/?status=signed", HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    ).content.decode()
    assert "<html" in html and 'id="timeline-filters"' in html


def test_the_filter_form_works_without_javascript_and_pushes_the_url_with_it(client, reference):
    html = client.get("/timeline/").content.decode()
    assert 'action="/timeline/" method="get"' in html
    assert 'hx-get="/timeline/"' in html and 'hx-push-url="true"' in html
    assert 'hx-target="#timeline-region"' in html


def test_outlets_and_urls_in_the_table_are_escaped(client, reference):
    event = StatusEvent.objects.get(country__iso2="KZ")
    source = article(text="x", outlet="<b>Bad</b> & Co", url=None)
    Citation.objects.create(event=event, article=source, outlet="<b>Bad</b> & Co")
    Citation.objects.create(event=event, url='https://example.org/"onmouseover=x', outlet="")
    html = client.get("/timeline/?region=143").content.decode()
    row = html[html.index(f'<tr data-event="{event.pk}"') :]
    row = row[: row.index("</tr>")]
    assert "&lt;b&gt;Bad&lt;/b&gt; &amp; Co" in row and "<b>Bad" not in row
    assert f'href="/articles/{source.pk}/"' in row
    assert 'href="https://example.org/&quot;onmouseover=x"' in row


def test_an_empty_filter_says_so(client, reference):
    html = client.get("/timeline/?status=withdrawn").content.decode()
    assert 'id="timeline-empty"' in html
    assert "No confirmed events match these filters." in html


def test_the_timeline_hover_gives_outlets_and_the_date_at_its_precision(client, reference):
    fig = figure(
        client.get("/timeline/?status=announced&region=015").content.decode(), "timeline-figure"
    )
    hover = [t for t in fig["data"] if t["meta"]["role"] == "events"][0]["hovertext"]
    assert any("10 December 2020" in h and "The Jerusalem Post" in h for h in hover)
    assert [t for t in fig["data"] if t["meta"]["role"] == "events"][0]["customdata"][0].startswith(
        "/countries/"
    )


# --- map --------------------------------------------------------------------------------


def test_the_map_as_of_a_date_before_the_signing_shows_only_announcements(client, reference):
    fig = figure(client.get("/map/?date=2020-09-01").content.decode(), "map-figure")
    colours = coloured(fig)
    assert colours == {"ARE": "announced"}
    assert not any(status in ("signed", "ratified") for status in colours.values())


def test_the_map_at_the_end_of_january_2021_shows_the_four_signatories(client, reference):
    fig = figure(client.get("/map/?date=2021-01-31").content.decode(), "map-figure")
    colours = coloured(fig)
    assert {iso3 for iso3, status in colours.items() if status == "signed"} == {"BHR", "SDN", "MAR"}
    assert colours["ARE"] == "ratified"  # the UAE cabinet approved its treaty on 19 October 2020
    assert colours["ISR"] == colours["USA"] == "founding"
    assert "KAZ" not in colours


def test_the_map_defaults_to_today_and_shows_kazakhstan(client, reference):
    html = client.get("/map/").content.decode()
    assert coloured(figure(html, "map-figure"))["KAZ"] == "announced"
    assert f'value="{timezone.localdate().isoformat()}"' in html


def test_bahrain_has_its_own_hoverable_marker_on_the_map(client, reference):
    fig = figure(client.get("/map/?date=2021-01-31").content.decode(), "map-figure")
    small = [t for t in fig["data"] if t.get("meta", {}).get("role") == "small-countries"]
    assert any("BH" in t["meta"]["iso2"] for t in small)
    bahrain = next(t for t in small if "BH" in t["meta"]["iso2"])
    index = bahrain["meta"]["iso2"].index("BH")
    assert "Bahrain" in bahrain["hovertext"][index]
    assert bahrain["customdata"][index] == "/countries/BH/"


def test_somaliland_has_a_marker_at_the_point_its_entity_data_gives(client, reference):
    # No shape in the geometry: the marker stands where accords/data/entities.json puts it.
    fig = figure(client.get("/map/").content.decode(), "map-figure")
    small = [t for t in fig["data"] if t.get("meta", {}).get("role") == "small-countries"]
    trace = next(t for t in small if "XS" in t["meta"]["iso2"])
    index = trace["meta"]["iso2"].index("XS")
    somaliland = Country.objects.get(iso2="XS")
    assert (trace["lon"][index], trace["lat"][index]) == (somaliland.longitude, somaliland.latitude)
    assert trace["customdata"][index] == "/countries/XS/"


def test_the_map_slider_offers_every_change_date(client, reference):
    html = client.get("/map/?date=2020-12-31").content.decode()
    dates = figure(html, "map-change-dates")
    assert dates == sorted({e.date.isoformat() for e in StatusEvent.objects.all()})
    # The slider covers every day from 1 January of the first year with a step to today.
    assert 'data-start="2020-01-01"' in html
    assert f'value="{(dt.date(2020, 12, 31) - dt.date(2020, 1, 1)).days}"' in html
    assert f'max="{(timezone.localdate() - dt.date(2020, 1, 1)).days}"' in html


def test_a_map_table_gives_the_same_facts_as_the_map(client, reference):
    html = client.get("/map/?date=2021-01-31").content.decode()
    for iso2 in ["AE", "BH", "SD", "MA", "IL", "US"]:
        assert f'<tr data-country="{iso2}"' in html
    assert '<tr data-country="KZ"' not in html


def test_an_htmx_date_change_gets_only_the_map_region(client, reference):
    html = client.get("/map/?date=2020-09-01", HTTP_HX_REQUEST="true").content.decode()
    assert html.startswith('<div id="map-region"') and 'data-as-of="2020-09-01"' in html


def test_a_malformed_date_shows_today_and_says_so(client, reference):
    html = client.get("/map/?date=2021-02-30").content.decode()
    assert 'id="as-of-error"' in html
    assert coloured(figure(html, "map-figure"))["KAZ"] == "announced"


def test_an_empty_map_says_why(client, reference):
    html = client.get("/map/?date=2019-01-01").content.decode()
    assert 'id="map-empty"' in html
    assert figure(html, "map-figure")["layout"]["meta"]["empty"] is True


# --- overview and country pages ---------------------------------------------------------


def test_the_overview_answers_who_is_in_in_one_sentence(client, reference):
    html = client.get("/").content.decode()
    answer = html[html.index('id="answer">') + len('id="answer">') :]
    answer = answer[: answer.index("</p>")]
    assert answer == (
        "6 parties: 4 joined since 2020 and the 2 founding parties · "
        "<bdi>Kazakhstan</bdi> announced it will join · "
        "<bdi>Azerbaijan</bdi> and <bdi>Somaliland</bdi> may join · "
        "<bdi>Indonesia</bdi>, <bdi>Pakistan</bdi>, <bdi>Saudi Arabia</bdi> and <bdi>Syria</bdi> "
        "declined to join"
    )


def test_the_overview_sentence_follows_the_data_and_the_language(client, reference):
    status_event(
        "QA", "declined", dt.date(2025, 5, 1), "month", confirmed_at=timezone.now(), source="review"
    )
    status_event(
        "OM", "declined", dt.date(2025, 6, 1), "month", confirmed_at=timezone.now(), source="review"
    )
    for iso2 in ("QA", "OM"):
        services.country_refresh_status(country=Country.objects.get(iso2=iso2))
    html = client.get("/").content.decode()
    # past five names the sentence gives the number; the groups below name them all
    assert "· 6 countries declined to join</p>" in html
    not_joining = html[html.index('id="group-not_joining"') : html.index('id="map-heading"')]
    assert 'data-country="QA"' in not_joining and 'data-country="OM"' in not_joining
    members = html[html.index('id="group-members"') : html.index('id="group-on_the_way"')]
    assert 'data-country="IL"' in members and 'data-country="KZ"' not in members
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "<bdi>Arab Saudi</bdi>" in html


def test_latest_changes_follow_the_event_date_and_label_new_sources(client, reference):
    event = StatusEvent.objects.get(country__iso2="SD", status="signed")
    StatusEvent.objects.filter(pk=event.pk).update(
        confirmed_at=timezone.now() - dt.timedelta(days=30)
    )
    Citation.objects.filter(event=event).update(created_at=timezone.now() - dt.timedelta(days=30))
    source = article(text="UAE", outlet="Later Paper", url=None, content_hash="later")
    Citation.objects.create(event=event, article=source, outlet="Later Paper", language="en")
    html = client.get("/").content.decode()
    latest = html[html.index('id="latest-changes"') :]
    ids = [int(i) for i in re.findall(r'<li data-event="(\d+)"', latest)]
    dates = [StatusEvent.objects.get(pk=i).date for i in ids]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == StatusEvent.objects.order_by("-date").first().date
    item = latest[latest.index(f'<li data-event="{event.pk}"') :]
    item = item[: item.index("<li data-event=", 5)]
    assert "Later Paper" in item and "new source" in item
    assert latest.count('class="new-source"') == 1


def test_the_overview_shows_the_map_and_latest_changes_with_every_source(client, reference):
    html = client.get("/").content.decode()
    assert coloured(figure(html, "map-figure"))["ARE"] == "ratified"
    latest = html[html.index('id="latest-changes"') :]
    assert "Kazakhstan" in latest and "Anadolu Agency" in latest


def test_a_country_page_gives_each_source_with_language_and_evidence_in_its_direction(client):
    services.reference_load()
    event = StatusEvent.objects.get(country__iso2="KZ")
    source = article(language="ar", text="قازاخستان تنضم", outlet="Al Jazeera", url=None)
    Citation.objects.create(
        event=event,
        article=source,
        outlet="Al Jazeera",
        language="ar",
        evidence="قازاخستان تنضم إلى اتفاقيات أبراهام",
    )
    html = client.get("/countries/KZ/").content.decode()
    assert 'lang="ar" dir="rtl">قازاخستان تنضم إلى اتفاقيات أبراهام</blockquote>' in html
    assert "Arabic" in html and "7 November 2025" in html
    assert f'href="/articles/{source.pk}/"' in html
    assert f'id="event-{event.pk}"' in html


def test_a_country_page_in_indonesian_uses_cldr_names_and_labels(client, reference):
    html = client.get("/countries/MA/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert "<h1><bdi>Maroko</bdi></h1>" in html
    assert "Ditandatangani" in html and "22 Desember 2020" in html
    assert "Afrika Bagian Utara" in html


def test_the_pending_count_links_editors_to_that_countrys_queue(client, reference, editor):
    import html as htmllib
    import re

    proposal(article(text="Oman will join.", url=None), iso2="OM", confidence=0.8)
    client.force_login(editor)
    page = client.get("/countries/OM/").content.decode()
    link = htmllib.unescape(re.search(r'id="pending-proposals"><a href="([^"]+)"', page).group(1))
    assert "1 pending proposal" in page
    response = client.get(link)
    assert response.status_code == 200  # not the admin's "?e=1" redirect for a bad filter
    content = response.content.decode()
    assert "will join." in content and "1 proposed change" in content


def test_founding_parties_are_marked_on_their_pages(client, reference):
    html = client.get("/countries/US/").content.decode()
    assert "status-founding" in html and "A founding party" in html


# --- languages --------------------------------------------------------------------------


def test_the_interface_follows_accept_language(client, reference):
    html = client.get("/timeline/", HTTP_ACCEPT_LANGUAGE="id,en;q=0.5").content.decode()
    assert '<html lang="id">' in html and "Linimasa Abraham Accords" in html
    fig = figure(html, "timeline-figure")
    assert "Uni Emirat Arab" in fig["layout"]["yaxis"]["ticktext"]
    assert {t["name"] for t in fig["data"] if t["meta"]["role"] == "events"} >= {
        "Diumumkan",
        "Ditandatangani",
    }


def test_the_language_switcher_sets_the_language(client, reference):
    response = client.post("/i18n/setlang/", {"language": "id", "next": "/map/"})
    assert response.status_code == 302 and response["Location"] == "/map/"
    html = client.get("/map/?date=2021-01-31").content.decode()
    assert "Peta Abraham Accords" in html and "31 Januari 2021" in html


def test_the_committed_compiled_catalogue_matches_the_translations():
    import gettext

    from babel.messages.pofile import read_po
    from django.conf import settings

    folder = settings.BASE_DIR / "locale" / "id" / "LC_MESSAGES"
    with open(folder / "django.po", "rb") as handle:
        catalogue = read_po(handle)
    with open(folder / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    singular = {m.id: m.string for m in catalogue if m.id and isinstance(m.id, str)}
    assert all(singular.values()), "every message is translated"
    assert {msgid: compiled.gettext(msgid) for msgid in singular} == singular


# --- exports and feed -------------------------------------------------------------------


def test_the_countries_json_export_has_its_documented_fields(client, reference):
    data = client.get("/exports/countries.json").json()
    assert data["as_of"] is None
    assert data["fields"] == [
        "iso2",
        "iso3",
        "name",
        "founding",
        "region",
        "sub_region",
        "status",
        "since",
        "since_precision",
        "page",
        "region_name",
        "sub_region_name",
    ]
    rows = {row["iso2"]: row for row in data["countries"]}
    assert rows["KZ"] == {
        "iso2": "KZ",
        "iso3": "KAZ",
        "name": "Kazakhstan",
        "founding": False,
        "region": "142",
        "sub_region": "143",
        "status": "announced",
        "since": "2025-11-06",
        "since_precision": "day",
        "page": "http://testserver/countries/KZ/",
        "region_name": "Asia",
        "sub_region_name": "Central Asia",
    }
    assert rows["QA"]["status"] is None and rows["IL"]["founding"] is True


def test_the_countries_export_as_of_a_date(client, reference):
    rows = {
        r["iso2"]: r
        for r in client.get("/exports/countries.json?as_of=2021-01-31").json()["countries"]
    }
    assert {iso2 for iso2, r in rows.items() if r["status"] == "signed"} == {
        "BH",
        "SD",
        "MA",
        "IL",
        "US",
    }
    assert rows["AE"]["status"] == "ratified"
    assert rows["KZ"]["status"] is None
    before = client.get("/exports/countries.csv?as_of=2020-09-01").content.decode()
    signed = [r for r in csv.DictReader(io.StringIO(before)) if r["status"] == "signed"]
    assert signed == []


def test_the_events_exports_list_each_event_with_its_sources(client, reference):
    data = client.get("/exports/events.json").json()
    assert len(data["events"]) == StatusEvent.objects.count()
    kz = next(e for e in data["events"] if e["iso2"] == "KZ")
    assert set(kz) == set(data["fields"])
    assert kz["date"] == "2025-11-06" and kz["status"] == "announced"
    assert kz["sources"][0]["outlet"] == "Anadolu Agency"
    assert set(kz["sources"][0]) == set(data["source_fields"])
    rows = list(csv.DictReader(io.StringIO(client.get("/exports/events.csv").content.decode())))
    assert len(rows) == StatusEvent.objects.count()
    kz_row = next(r for r in rows if r["iso2"] == "KZ")
    assert kz_row["source_outlets"] == "Anadolu Agency" and kz_row["sources"] == "1"
    assert kz_row["source_urls"].startswith("https://www.aa.com.tr/")


def test_the_events_export_as_of_a_date_stops_at_that_date(client, reference):
    data = client.get("/exports/events.json?as_of=2020-09-11").json()
    assert sorted((e["iso2"], e["date"]) for e in data["events"]) == [
        ("AE", "2020-08-13"),
        ("BH", "2020-09-11"),
    ]
    assert data["as_of"] == "2020-09-11"


def test_a_revert_shows_in_the_exports_at_once(client, reference, editor):
    before = len(client.get("/exports/events.json").json()["events"])
    review.event_revert(event=StatusEvent.objects.get(country__iso2="KZ"), user=editor)
    after = client.get("/exports/events.json").json()["events"]
    assert len(after) == before - 1 and "KZ" not in {e["iso2"] for e in after}
    kz = next(
        r for r in client.get("/exports/countries.json").json()["countries"] if r["iso2"] == "KZ"
    )
    assert kz["status"] is None


def test_a_malformed_as_of_is_refused(client):
    response = client.get("/exports/events.json?as_of=yesterday")
    assert response.status_code == 400 and b"YYYY-MM-DD" in response.content
    assert client.get("/exports/articles.json").status_code == 404


def test_the_atom_feed_lists_confirmed_changes_newest_first(client, reference, editor):
    review.event_revert(
        event=StatusEvent.objects.get(country__iso2="SD", status="signed"), user=editor
    )
    response = client.get("/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == StatusEvent.objects.filter(reverted_at__isnull=True).count()
    assert entries[0].find(f"{ATOM}title").text == "Pakistan: Declined (29 January 2026)"
    assert (
        entries[0]
        .find(f"{ATOM}link")
        .get("href")
        .startswith("http://testserver/countries/PK/#event-")
    )
    assert not any("Sudan: Signed" in e.find(f"{ATOM}title").text for e in entries)


# --- regions ----------------------------------------------------------------------------


def test_every_country_has_a_region():
    codes = set(Country.objects.values_list("iso2", flat=True))
    assert {iso2 for iso2 in codes if regions.region_of(iso2) == ("", "")} == set()
    assert regions.region_of("BH") == ("142", "145")


# --- query counts do not grow with the data ---------------------------------------------


def count_queries(client, url, **headers):
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return len(queries)


PAGES = [
    "/",
    "/timeline/",
    "/timeline/?status=signed&region=142",
    "/map/",
    "/map/?date=2021-01-31",
    "/countries/AE/",
    "/exports/countries.json",
    "/exports/countries.csv?as_of=2021-01-31",
    "/exports/events.json",
    "/exports/events.csv",
    "/feed/",
]


def test_the_number_of_queries_per_page_does_not_grow_with_the_data(client, reference):
    small = {url: count_queries(client, url) for url in PAGES}
    add_history(countries=25, per_country=4)
    for event in StatusEvent.objects.filter(country__iso2="AE"):
        for n in range(5):
            source = article(text=f"AE {event.pk} {n}", url=None, content_hash=f"ae{event.pk}-{n}")
            Citation.objects.create(event=event, article=source, outlet=f"Paper {n}", language="en")
    large = {url: count_queries(client, url) for url in PAGES}
    assert large == small
    assert max(small.values()) <= 8


def test_marking_a_founding_party_shows_on_the_cached_map(client, reference):
    assert coloured(figure(client.get("/map/").content.decode(), "map-figure"))["MAR"] == "signed"
    Country.objects.filter(iso2="MA").update(founding=True)
    assert coloured(figure(client.get("/map/").content.decode(), "map-figure"))["MAR"] == "founding"


def test_a_cached_page_costs_one_query_until_the_data_changes(client, reference, editor):
    count_queries(client, "/timeline/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/timeline/")
    assert len(queries) == 1  # selectors.data_version()
    review.event_revert(event=StatusEvent.objects.get(country__iso2="KZ"), user=editor)
    assert ("KZ", "announced") not in marks(
        figure(client.get("/timeline/").content.decode(), "timeline-figure")
    )


# --- loose ends: redirects, favicon, feed page, method page ----------------------------


def test_alpha3_codes_and_names_lead_to_the_country_page(client, reference):
    assert client.get("/countries/KAZ/")["Location"] == "/countries/KZ/"
    assert client.get("/countries/kazakhstan/")["Location"] == "/countries/KZ/"
    assert client.get("/countries/united-arab-emirates/")["Location"] == "/countries/AE/"
    response = client.get("/countries/QQQ/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "There is no country with the code or name" in html and 'href="/map/"' in html


def test_a_favicon_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.svg")


def test_the_feed_has_a_page_for_people(client, reference):
    html = client.get("/feed/about/").content.decode()
    assert "http://testserver/feed/" in html and "Kazakhstan" in html
    assert client.get("/").content.decode().count('href="/feed/about/"') >= 1


def test_the_method_page_publishes_the_measured_accuracy_per_language(client):
    data = json.loads(
        (Path(settings.BASE_DIR) / "accords" / "data" / "parser-accuracy.json").read_text(
            encoding="utf-8"
        )
    )
    html = client.get("/method/").content.decode()
    assert data["measured"] in html
    golden = html[html.index('id="accuracy-table"') :]
    for code, figures in data["languages"].items():
        row = golden[golden.index(f'<tr data-language="{code}">') :]
        row = row[: row.index("</tr>")]
        assert floatformat(figures["f1"], 2) in row and floatformat(figures["precision"], 2) in row
    assert len(data["languages"]) >= 12
    # Real news comes first: the part the rules were written against and the part kept apart.
    real = data["real_news"]
    assert html.index('id="accuracy-real-table"') < html.index('id="accuracy-table"')
    table = html[html.index('id="accuracy-real-table"') : html.index('id="accuracy-table"')]
    for code in data["languages"]:
        row = table[table.index(f'<tr data-language="{code}">') :]
        row = row[: row.index("</tr>")]
        assert floatformat(real["development"]["languages"][code]["f1"], 2) in row
        held = real["held_out"]["languages"].get(code)
        assert (floatformat(held["f1"], 2) if held else "—") in row
    overall = table[table.index('<tr data-language="all">') :]
    assert floatformat(real["held_out"]["overall"]["f1"], 2) in overall[: overall.index("</tr>")]


def test_each_step_says_how_we_know_it(client, reference):
    event = StatusEvent.objects.get(country__iso2="KZ")
    for n, language in enumerate(["ar", "ar", "ru"]):
        source = article(
            language=language, text=f"KZ {n}", outlet=f"Paper {n}", url=None, content_hash=f"kz{n}"
        )
        Citation.objects.create(
            event=event,
            article=source,
            outlet=f"Paper {n}",
            language=language,
            evidence=f"Evidence {n}",
        )
    StatusEvent.objects.filter(pk=event.pk).update(source="review")
    html = client.get("/countries/KZ/").content.decode()
    assert (
        "proposed by the parser from 3 articles in 2 language(s), confirmed by an editor on" in html
    )
    html = client.get("/countries/AE/").content.decode()
    assert (
        html.count('data-source="reference"')
        == StatusEvent.objects.filter(country__iso2="AE").count()
    )
    assert "from the reference history" in html


def test_a_country_without_a_status_says_what_that_means(client, reference):
    html = client.get("/countries/NO/").content.decode()
    assert 'id="no-status-note"' in html and "It does not mean the country refused." in html
    assert "No news about it is waiting for review." in html
    assert 'id="no-status-note"' not in client.get("/countries/AE/").content.decode()


def test_exports_are_readable_on_request(client, reference):
    response = client.get("/exports/countries.json?pretty=1&status=signed")
    text = response.content.decode()
    assert text.startswith('{\n  "as_of": null')
    data = json.loads(text)
    assert {row["iso2"] for row in data["countries"]} == {"BH", "SD", "MA", "IL", "US"}
    ratified = json.loads(client.get("/exports/countries.json?status=ratified").content)
    assert {row["iso2"] for row in ratified["countries"]} == {"AE"}
    assert data["countries"][0]["region_name"] in {"Asia", "Africa", "Americas"}
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/exports/events.csv?status=announced").content.decode())
        )
    )
    assert {row["status"] for row in rows} == {"announced"} and len(rows) == 5
    assert len(json.loads(client.get("/exports/countries.json").content)["countries"]) > 200


def test_the_timeline_table_is_paged_and_a_large_figure_has_its_own_address(
    client, reference, monkeypatch
):
    from accords import views

    monkeypatch.setattr(views, "PAGE_SIZE", 4)
    monkeypatch.setattr(views, "INLINE_FIGURE_LIMIT", 5)
    html = client.get("/timeline/").content.decode()
    assert html.count("<tr data-event=") == 4 and 'href="/timeline/?page=2"' in html
    assert 'data-figure-url="/timeline/figure.json"' in html
    assert '<script id="timeline-figure"' not in html
    total = StatusEvent.objects.count()
    last = (total + 3) // 4
    assert last >= 3
    last_page = client.get(f"/timeline/?page={last}").content.decode()
    assert last_page.count("<tr data-event=") == total - 4 * (last - 1)
    assert 'rel="prev"' in last_page and 'rel="next"' not in last_page
    fig = client.get("/timeline/figure.json").json()
    assert len(marks(fig)) == StatusEvent.objects.count()
    framed = client.get("/map/?date=2021-01-31&tab=timeline").content.decode()
    assert "/timeline/figure.json?to=2021-01-31&amp;at=2021-01-31" in framed
    fig = client.get("/timeline/figure.json?to=2021-01-31&at=2021-01-31").json()
    assert ("KZ", "announced") not in marks(fig) and fig["layout"]["shapes"]
