"""The data exports: rows in, bytes out.

``country_rows`` and ``event_rows`` turn what the selectors read into the exports' rows;
``render`` writes them as JSON or CSV; ``narrow`` keeps some statuses of an export already
written (and indents JSON), so the whole export is built once per change of the data and
the filtered ones are cut from it.  Field names are part of the public interface
(documented in docs/data.md): add fields, never rename or remove one.
"""

import csv
import io
import json

from django.core.serializers.json import DjangoJSONEncoder

from accords import regions
from accords.display import country_name, url_pattern
from accords.models import date_key

COUNTRY_FIELDS = [
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
EVENT_FIELDS = [
    "id",
    "iso2",
    "iso3",
    "country",
    "status",
    "date",
    "date_precision",
    "confirmed_at",
    "note",
    "page",
    "sources",
]
SOURCE_FIELDS = ["outlet", "url", "language", "article", "evidence", "published"]
EVENT_CSV_FIELDS = [f for f in EVENT_FIELDS if f != "sources"] + [
    "sources",
    "source_outlets",
    "source_urls",
    "source_languages",
    "source_published",
    "source_evidence",
]

JSON_TYPE = "application/json"
CSV_TYPE = "text/csv; charset=utf-8"


def current_states(countries):
    """Each country's current status from selectors.export_countries(), in the shape of
    selectors.statuses_as_of(): ``{iso2: {"status", "date", "date_precision"}}``."""
    return {
        c.iso2: {
            "status": c.current_status,
            "date": c.current_event.date,
            "date_precision": c.current_event.date_precision,
        }
        for c in countries
        if c.current_status and c.current_event
    }


def country_rows(countries, states, base_url):
    """Every country (selectors.export_countries()) with its status from ``states``."""
    page = base_url + url_pattern("country")
    rows = []
    for country in countries:
        region, sub_region = regions.region_of(country.iso2)
        state = states.get(country.iso2)
        rows.append(
            {
                "iso2": country.iso2,
                "iso3": country.iso3,
                "name": country.name,
                "founding": country.founding,
                "region": region,
                "sub_region": sub_region,
                "status": state["status"] if state else None,
                "since": date_key(state["date"], state["date_precision"]) if state else None,
                "since_precision": state["date_precision"] if state else None,
                "page": page.format(country.iso2),
                "region_name": country_name(region, "en", "") if region else None,
                "sub_region_name": country_name(sub_region, "en", "") if sub_region else None,
            }
        )
    return rows


def event_rows(events, base_url):
    """Every event (selectors.export_events()) with its sources."""
    page, article = base_url + url_pattern("country"), base_url + url_pattern("article")
    return [
        {
            "id": event["id"],
            "iso2": event["country__iso2"],
            "iso3": event["country__iso3"],
            "country": event["country__name"],
            "status": event["status"],
            "date": date_key(event["date"], event["date_precision"]),
            "date_precision": event["date_precision"],
            "confirmed_at": event["confirmed_at"].isoformat().replace("+00:00", "Z"),
            "note": event["note"],
            "page": page.format(event["country__iso2"]),
            "sources": [
                {
                    "outlet": s["outlet"] or s["article__outlet"] or "",
                    "url": s["url"] or "",
                    "language": s["language"] or "",
                    "article": article.format(s["article_id"]) if s["article_id"] else None,
                    "evidence": s["evidence"] or "",
                    "published": date_key(
                        s["article__published"], s["article__published_precision"] or "day"
                    )
                    or None,
                }
                for s in event["sources"]
            ],
        }
        for event in events
    ]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
    leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _flatten_sources(row):
    """CSV has no lists: the sources become space-separated URLs and '; '-joined outlets."""
    sources = row["sources"]
    return {
        **row,
        "sources": len(sources),
        "source_outlets": "; ".join(s["outlet"] for s in sources if s["outlet"]),
        "source_urls": " ".join(s["url"] or s["article"] or "" for s in sources),
        "source_languages": " ".join(s["language"] for s in sources if s["language"]),
        "source_published": " ".join(s["published"] or "-" for s in sources),
        "source_evidence": " | ".join(s["evidence"] for s in sources),
    }


def _csv(fields, rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: ("" if v is None else str(v).lower() if isinstance(v, bool) else csv_safe(v))
                for k, v in row.items()
            }
        )
    return out.getvalue().encode("utf-8")


def render(dataset, fmt, rows, as_of=None):
    """An export as ``(content bytes, content type, file name or None)``."""
    stamp = as_of.isoformat() if as_of else None
    if fmt == "csv":
        filename = f"{dataset}{'-' + stamp if stamp else ''}.csv"
        if dataset == "countries":
            return _csv(COUNTRY_FIELDS, rows), CSV_TYPE, filename
        return _csv(EVENT_CSV_FIELDS, [_flatten_sources(row) for row in rows]), CSV_TYPE, filename
    if dataset == "countries":
        data = {"as_of": stamp, "fields": COUNTRY_FIELDS, "countries": rows}
    else:
        data = {
            "as_of": stamp,
            "fields": EVENT_FIELDS,
            "source_fields": SOURCE_FIELDS,
            "events": rows,
        }
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).encode(), JSON_TYPE, None


def narrow(content, content_type, statuses=(), pretty=False):
    """A written export narrowed to some statuses and/or indented (JSON) or narrowed (CSV)."""
    if not statuses and not pretty:
        return content
    if content_type.startswith(JSON_TYPE):
        data = json.loads(content)
        key = "countries" if "countries" in data else "events"
        if statuses:
            data[key] = [row for row in data[key] if row["status"] in statuses]
        return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None).encode()
    if not statuses:
        return content
    reader = csv.DictReader(io.StringIO(content.decode("utf-8")))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=reader.fieldnames, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(row for row in reader if row["status"] in statuses)
    return out.getvalue().encode("utf-8")
