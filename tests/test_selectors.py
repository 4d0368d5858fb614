"""Reads the public pages make, and the index that keeps the newest steps cheap to find."""

import datetime as dt

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accords import selectors
from accords.models import Citation, Country, StatusEvent
from tests.builders import event

pytestmark = pytest.mark.django_db


def _live_steps():
    now = timezone.now()
    kept = [
        event("KZ", "announced", dt.date(2021, 3, 1), "day", confirmed_at=now),
        event("MA", "signed", dt.date(2020, 12, 10), "day", confirmed_at=now),
        event("AE", "signed", dt.date(2020, 9, 15), "day", confirmed_at=now),
    ]
    event("SD", "signed", dt.date(2022, 1, 1), "day", confirmed_at=now, reverted_at=now)
    return kept


def test_latest_events_are_the_newest_live_steps_by_date():
    kept = _live_steps()
    latest = selectors.latest_events_with_sources(limit=2)
    assert [e["id"] for e in latest] == [kept[0].pk, kept[1].pk]


def test_change_dates_are_the_live_steps_dates_oldest_first_once_each():
    _live_steps()
    event("BH", "signed", dt.date(2020, 9, 15), "day", confirmed_at=timezone.now())
    assert selectors.change_dates() == ["2020-09-15", "2020-12-10", "2021-03-01"]


def test_the_live_date_index_exists():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, StatusEvent._meta.db_table)
    index = constraints["statusevent_live_date"]
    assert index["index"] and index["columns"] == ["date", "id"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan wording")
def test_the_latest_steps_are_read_from_the_index_not_sorted():
    _live_steps()
    query = selectors.live_events().order_by("-date", "-id")[:10].query
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "statusevent_live_date" in plan
    assert "TEMP B-TREE" not in plan


def _queries(run):
    with CaptureQueriesContext(connection) as captured:
        run()
    return [query["sql"] for query in captured.captured_queries]


def test_the_home_page_builds_its_map_without_the_time_controls_change_dates(client):
    _live_steps()
    (change_dates_sql,) = _queries(selectors.change_dates)
    for alias in caches:
        caches[alias].clear()
    home = _queries(lambda: client.get("/"))
    assert home and change_dates_sql not in home
    assert change_dates_sql in _queries(lambda: client.get("/map/"))


def test_the_data_version_changes_with_every_change_the_pages_show():
    """Each kind of change the public pages show gives another key, read in one query."""
    kept = _live_steps()
    versions = []

    def version():
        queries = _queries(lambda: versions.append(selectors.data_version()))
        assert len(queries) == 1
        return versions[-1]

    version()
    event("BH", "signed", dt.date(2020, 9, 15), "day", confirmed_at=timezone.now())
    version()  # a new step
    older = Citation.objects.create(event=kept[0], outlet="Paper", language="en")
    Citation.objects.create(event=kept[1], outlet="Other paper", language="en")
    version()  # new sources
    StatusEvent.objects.filter(pk=kept[1].pk).update(reverted_at=timezone.now())
    version()  # a revert
    older.delete()
    version()  # a source removed (not the newest: only the count of sources tells)
    Country.objects.filter(iso2="MA").update(founding=True)
    version()  # a founding party marked
    assert len(set(versions)) == len(versions)
    assert selectors.data_version() == versions[-1]  # and nothing else moves it


def test_the_data_version_of_an_empty_history():
    assert selectors.data_version() == "none"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan wording")
def test_the_data_version_reads_no_table_of_events_or_citations_whole():
    _live_steps()
    (sql,) = _queries(selectors.data_version)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql)
        plan = [str(row[-1]) for row in cursor.fetchall()]
    scans = [step for step in plan if step.startswith("SCAN") and "CONSTANT ROW" not in step]
    # The citations are counted whole (SQLite counts a b-tree's entries without reading
    # them); the countries are 250 rows; every event look-up is a search in an index.
    assert all("accords_citation" in step or "accords_country" in step for step in scans), plan
    assert any("statusevent_reverted" in step for step in plan), plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan wording")
def test_the_change_dates_are_read_from_their_index_alone_in_order():
    _live_steps()
    (sql,) = _queries(selectors.change_dates)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "COVERING INDEX statusevent_live_day" in plan
    assert "TEMP B-TREE" not in plan


def test_the_statuses_on_a_date_are_the_orms_rows_whatever_the_date():
    """statuses_as_of runs the ORM's query written once: each date gets its own answer, with
    the types the ORM gives (a date, a boolean)."""
    _live_steps()
    Country.objects.filter(iso2="AE").update(founding=True)
    for day in (
        dt.date(2020, 9, 14),
        dt.date(2020, 9, 15),
        dt.date(2021, 3, 1),
        dt.date(2030, 1, 1),
    ):
        expected = {row[4]: row for row in selectors._statuses_as_of_query(day)}
        got = selectors.statuses_as_of(as_of=day)
        assert set(got) == set(expected)
        for iso2, row in got.items():
            values = tuple(row[key] for key in ("event_id", "status", "date", "date_precision"))
            values += tuple(
                row[key] for key in ("iso2", "iso3", "name", "founding", "latitude", "longitude")
            )
            assert values == expected[iso2]
            assert isinstance(row["date"], dt.date) and isinstance(row["founding"], bool)
    assert selectors.statuses_as_of(as_of=dt.date(2020, 9, 14)) == {}
    assert selectors.statuses_as_of(as_of=dt.date(2020, 9, 15))["AE"]["founding"] is True


def test_countries_with_status_give_each_current_status_with_its_date():
    from accords import services

    kept = _live_steps()
    for iso2 in ("KZ", "MA", "AE", "SD"):
        services.country_refresh_status(country=Country.objects.get(iso2=iso2))
    rows = {row["iso2"]: row for row in selectors.countries_with_status()}
    assert set(rows) == {"KZ", "MA", "AE"}  # Sudan's only step was reverted
    assert rows["KZ"]["since"] == kept[0].date and rows["KZ"]["status"] == "announced"
    assert rows["MA"]["founding"] is False and rows["MA"]["date_key"] == "2020-12-10"


def test_the_latest_steps_are_the_orms_rows_with_their_sources():
    """latest_events_with_sources runs the ORM's two queries written once: the same rows,
    sources in citation order, and aware datetimes as the ORM gives them."""
    from tests.builders import article

    kept = _live_steps()
    paper = article(title="A report of our own", outlet="Daily Example")
    Citation.objects.create(event=kept[1], article=paper, outlet="Daily Example")
    Citation.objects.create(event=kept[1], url="https://example.org/a", outlet="Other")
    Citation.objects.create(event=kept[0], url="https://example.org/b", language="id")
    for limit in (1, 2, 3, 10):
        events = list(selectors._latest_events_query(limit))
        sources = selectors._step_sources(
            Citation.objects.filter(event_id__in=[values[0] for values in events])
        )
        expected = []
        for values in events:
            row = selectors._step_row(values, sources)
            row["iso2"], row["name"] = values[len(selectors._STEP_FIELDS) :]
            expected.append(row)
        got = selectors.latest_events_with_sources(limit=limit)
        assert got == expected
        assert len(got) == min(limit, 3)
    latest = selectors.latest_events_with_sources(limit=3)
    assert [len(row["sources"]) for row in latest] == [1, 2, 0]
    assert [source["outlet"] for source in latest[1]["sources"]] == ["Daily Example", "Other"]
    assert latest[1]["sources"][0]["title"] == "A report of our own"
    assert timezone.is_aware(latest[0]["confirmed_at"])
    assert timezone.is_aware(latest[1]["sources"][0]["created_at"])


def test_no_latest_steps_without_live_events():
    assert selectors.latest_events_with_sources(limit=10) == []
