"""accords.exports: rows in, bytes out (no request, no database)."""

import csv
import datetime as dt
import io
import json

from accords import exports

EVENT = {
    "id": 3,
    "country__iso2": "MA",
    "country__iso3": "MAR",
    "country__name": "Morocco",
    "status": "signed",
    "date": dt.date(2020, 12, 1),
    "date_precision": "month",
    "confirmed_at": dt.datetime(2021, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    "note": "=SUM(A1)",
    "sources": [
        {
            "outlet": "",
            "article__outlet": "Outlet",
            "url": "",
            "language": "fr",
            "article_id": 12,
            "evidence": "A sentence.",
            "article__published": dt.date(2020, 12, 10),
            "article__published_precision": None,
        }
    ],
}


def test_event_rows_write_dates_at_their_precision_and_link_pages_and_articles():
    (row,) = exports.event_rows([EVENT], "https://example.org")
    assert row["date"] == "2020-12" and row["confirmed_at"] == "2021-01-02T03:04:05Z"
    assert row["page"] == "https://example.org/countries/MA/"
    assert row["sources"] == [
        {
            "outlet": "Outlet",
            "url": "",
            "language": "fr",
            "article": "https://example.org/articles/12/",
            "evidence": "A sentence.",
            "published": "2020-12-10",
        }
    ]


def test_the_csv_flattens_sources_and_defuses_formulas():
    rows = exports.event_rows([EVENT], "https://example.org")
    content, content_type, filename = exports.render("events", "csv", rows, dt.date(2021, 1, 1))
    assert content_type == exports.CSV_TYPE and filename == "events-2021-01-01.csv"
    (row,) = csv.DictReader(io.StringIO(content.decode()))
    assert list(row) == exports.EVENT_CSV_FIELDS
    assert row["note"] == "'=SUM(A1)" and row["sources"] == "1"
    assert row["source_urls"] == "https://example.org/articles/12/"


def test_json_keeps_the_documented_fields_and_narrow_keeps_the_statuses_asked_for():
    rows = exports.event_rows([EVENT, {**EVENT, "id": 4, "status": "declined"}], "")
    content, content_type, filename = exports.render("events", "json", rows)
    assert filename is None and content_type == exports.JSON_TYPE
    data = json.loads(content)
    assert data["fields"] == exports.EVENT_FIELDS and data["as_of"] is None
    assert [e["id"] for e in data["events"]] == [3, 4]
    narrowed = exports.narrow(content, content_type, ("declined",), pretty=True)
    assert [e["id"] for e in json.loads(narrowed)["events"]] == [4]
    assert b'\n  "as_of"' in narrowed
    assert exports.narrow(content, content_type) is content


def test_narrowing_a_csv_keeps_its_header_and_the_matching_rows():
    rows = exports.event_rows([EVENT, {**EVENT, "id": 4, "status": "declined"}], "")
    content, content_type, _ = exports.render("events", "csv", rows)
    narrowed = exports.narrow(content, content_type, ("signed",))
    kept = list(csv.DictReader(io.StringIO(narrowed.decode())))
    assert [row["id"] for row in kept] == ["3"]
