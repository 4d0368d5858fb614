"""Public pages.  Thin: a selector reads, a pure builder shapes, a template shows.

The timeline and the map build a figure and a text table from every confirmed event,
which takes tens of milliseconds on a large history.  Both are cached under
``selectors.data_version()`` (one cheap query), so a page is built once per change of
the data, language and filters, and every confirmation or revert shows at once.
"""

import csv
import datetime
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from accords import charts, regions, selectors, services
from accords.display import country_name, language_name, mark_spans
from accords.extraction.statuses import STATUSES
from accords.models import Country, date_key

CACHE_SECONDS = 60 * 60


def _locale():
    return get_language() or "en"


def _parse_date(value):
    """A YYYY-MM-DD query parameter as a date; None when absent or not a real date."""
    try:
        return datetime.date.fromisoformat((value or "").strip()) if value else None
    except ValueError:
        return None


def _fragment_only(request):
    """An htmx request wants just the swapped region; a history restore wants the page."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def _cached(key, build):
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_SECONDS)
    return value


# --- timeline ---------------------------------------------------------------------------


def timeline_filters(params):
    """The timeline's filters from a query string, cleaned; unknown values are dropped."""
    statuses = [s for s in params.getlist("status") if s in STATUSES]
    start = _parse_date(params.get("from"))
    end = _parse_date(params.get("to"))
    region = params.get("region", "")
    if not regions.is_region(region):
        region = ""
    return {"statuses": sorted(set(statuses), key=STATUSES.index), "start": start,
            "end": end, "region": region}


def _filter_query(filters, **changes):
    """The query string of a filter state, so every view has a real, bookmarkable link."""
    merged = {**filters, **changes}
    pairs = [("status", s) for s in merged["statuses"]]
    if merged["start"]:
        pairs.append(("from", merged["start"].isoformat()))
    if merged["end"]:
        pairs.append(("to", merged["end"].isoformat()))
    if merged["region"]:
        pairs.append(("region", merged["region"]))
    return urlencode(pairs)


def _source_outlets(sources):
    return [s["outlet"] or s["article__outlet"] or s["url"] for s in sources]


def _timeline_region(filters, locale):
    """The chart and the table of the same events, as one HTML fragment."""
    events = selectors.timeline_events(
        statuses=filters["statuses"], start=filters["start"], end=filters["end"],
        countries=regions.members(filters["region"]) if filters["region"] else None,
    )
    country_urls = {}
    rows = []
    for event in events:
        iso2 = event["country__iso2"]
        if iso2 not in country_urls:
            country_urls[iso2] = reverse("country", args=[iso2])
        event["name"] = country_name(iso2, locale, event["country__name"])
        event["url"] = country_urls[iso2]
        event["date_key"] = date_key(event["date"], event["date_precision"])
        event["outlets"] = _source_outlets(event["sources"])
        rows.append({"iso2": iso2, "name": event["name"], "status": event["status"],
                     "date": event["date"], "precision": event["date_precision"],
                     "outlets": event["outlets"], "url": event["url"]})
    figure = charts.timeline_figure(rows, locale=locale)
    return render_to_string("accords/partials/timeline_region.html", {
        "figure": figure, "events": events, "count": len(events),
        "countries": len(country_urls),
    })


@require_GET
@vary_on_headers("HX-Request")
def timeline(request):
    locale = _locale()
    filters = timeline_filters(request.GET)
    query = _filter_query(filters)
    key = f"timeline:{selectors.data_version()}:{locale}:{query}"
    region_html = mark_safe(_cached(key, lambda: _timeline_region(filters, locale)))
    if _fragment_only(request):
        # The canonical address of this view (no empty fields) goes into the history.
        return push_url(HttpResponse(region_html),
                        reverse("timeline") + (f"?{query}" if query else ""))
    status_links = [
        {"status": status, "label": charts.STATUS_LABELS[status],
         "query": _filter_query(filters, statuses=[status]),
         "active": filters["statuses"] == [status]}
        for status in STATUSES
    ]
    return render(request, "accords/timeline.html", {
        "filters": filters, "query": query, "region_html": region_html,
        "statuses": [(s, charts.STATUS_LABELS[s]) for s in STATUSES],
        "status_links": status_links, "regions": regions.choices(locale),
        "all_query": _filter_query(filters, statuses=[]),
    })


# --- map --------------------------------------------------------------------------------


def map_rows(statuses, locale):
    """Rows for charts.map_figure and the table beside it: founding parties apart."""
    rank = {status: index for index, status in enumerate(charts.LEGEND_ORDER)}
    rows = []
    for row in statuses.values():
        rows.append({
            "iso2": row["iso2"], "iso3": row["iso3"],
            "name": country_name(row["iso2"], locale, row["name"]),
            "status": charts.FOUNDING if row["founding"] else row["status"],
            "event_status": row["status"],
            "since": row["date"], "precision": row["date_precision"],
            "date_key": date_key(row["date"], row["date_precision"]),
            "url": reverse("country", args=[row["iso2"]]),
        })
    rows.sort(key=lambda r: (rank[r["status"]], r["name"]))
    return rows


def _map_region(as_of, locale):
    rows = map_rows(selectors.statuses_as_of(as_of=as_of), locale)
    figure = charts.map_figure(rows, as_of=as_of, locale=locale)
    return render_to_string("accords/partials/map_region.html", {
        "figure": figure, "rows": rows, "as_of": as_of,
        "as_of_text": charts.format_date(as_of, "day", locale),
    })


def _map_context(as_of, locale):
    version = selectors.data_version()
    key = f"map:{version}:{locale}:{as_of.isoformat()}"
    # [iso date, the date as the page writes it]: the slider's steps and their labels.
    dates = _cached(f"change-dates:{version}:{locale}", lambda: [
        [d.isoformat(), charts.format_date(d, "day", locale)] for d in selectors.change_dates()
    ])
    # The slider sits on the last change on or before the date shown.
    position = max((i for i, (d, _) in enumerate(dates) if d <= as_of.isoformat()), default=0)
    return {
        "as_of": as_of,
        "region_html": mark_safe(_cached(key, lambda: _map_region(as_of, locale))),
        "change_dates": dates,
        "slider_position": position,
    }


@require_GET
@vary_on_headers("HX-Request")
def map_view(request):
    locale = _locale()
    requested = request.GET.get("date", "")
    as_of = _parse_date(requested) or timezone.localdate()
    context = _map_context(as_of, locale)
    if _fragment_only(request):
        return push_url(HttpResponse(context["region_html"]),
                        reverse("map") + f"?date={as_of.isoformat()}")
    context["date_error"] = bool(requested) and _parse_date(requested) is None
    return render(request, "accords/map.html", context)


# --- overview and country pages ---------------------------------------------------------


@require_GET
def home(request):
    locale = _locale()
    counts = selectors.status_counts()
    context = _map_context(timezone.localdate(), locale)
    context.update({
        "counts": [(status, charts.STATUS_LABELS[status], counts[status])
                   for status in charts.LEGEND_ORDER if counts.get(status)],
        "total": sum(counts.values()),
        "latest": selectors.latest_events_with_sources(limit=10),
    })
    return render(request, "accords/home.html", context)


@require_GET
def country_detail(request, iso2):
    locale = _locale()
    country = get_object_or_404(Country.objects.select_related("current_event"),
                                iso2=iso2.upper())
    events = selectors.country_history(country=country)
    for event in events:
        for citation in event.citations.all():
            citation.language_name = language_name(citation.language, locale)
    region, sub_region = regions.region_of(country.iso2)
    context = {
        "country": country,
        "name": country_name(country.iso2, locale, country.name),
        "events": events,
        "region": country_name(region, locale, "") if region else "",
        "sub_region": country_name(sub_region, locale, "") if sub_region else "",
        "pending": selectors.pending_count(country=country)
        if services.can_review(request.user) else None,
    }
    return render(request, "accords/country.html", context)


@require_GET
def article_detail(request, pk):
    article = selectors.public_article(article_id=pk)
    if article is None:
        raise Http404("No public article with that number.")
    citations = selectors.article_citations(article=article)
    spans = [(c.proposal.evidence_start, c.proposal.evidence_end) for c in citations if c.proposal]
    return render(request, "accords/article.html", {
        "article": article, "citations": citations, "text": mark_spans(article.text, spans),
    })


# --- exports ----------------------------------------------------------------------------
# Field names are part of the public interface (documented in the README): add fields,
# never rename or remove one.

COUNTRY_FIELDS = ["iso2", "iso3", "name", "founding", "region", "sub_region", "status",
                  "since", "since_precision", "page"]
EVENT_FIELDS = ["id", "iso2", "iso3", "country", "status", "date", "date_precision",
                "confirmed_at", "note", "page", "sources"]
SOURCE_FIELDS = ["outlet", "url", "language", "article", "evidence"]


def _as_of(request):
    """The ?as_of= date, None when absent; a malformed one is a 400, not a silent 'today'."""
    value = request.GET.get("as_of", "")
    if not value:
        return None, None
    as_of = _parse_date(value)
    if as_of is None:
        return None, HttpResponse("as_of must be a date written YYYY-MM-DD.\n", status=400,
                                  content_type="text/plain; charset=utf-8")
    return as_of, None


def export_country_rows(as_of, base_url):
    countries = selectors.export_countries()
    if as_of is None:
        current = {
            c.iso2: {"status": c.current_status, "date": c.current_event.date,
                     "date_precision": c.current_event.date_precision}
            for c in countries if c.current_status and c.current_event
        }
    else:
        current = selectors.statuses_as_of(as_of=as_of)
    rows = []
    for country in countries:
        region, sub_region = regions.region_of(country.iso2)
        state = current.get(country.iso2)
        rows.append({
            "iso2": country.iso2, "iso3": country.iso3, "name": country.name,
            "founding": country.founding, "region": region, "sub_region": sub_region,
            "status": state["status"] if state else None,
            "since": date_key(state["date"], state["date_precision"]) if state else None,
            "since_precision": state["date_precision"] if state else None,
            "page": base_url + reverse("country", args=[country.iso2]),
        })
    return rows


def export_event_rows(as_of, base_url):
    rows = []
    for event in selectors.export_events(as_of=as_of):
        rows.append({
            "id": event["id"], "iso2": event["country__iso2"], "iso3": event["country__iso3"],
            "country": event["country__name"], "status": event["status"],
            "date": date_key(event["date"], event["date_precision"]),
            "date_precision": event["date_precision"],
            "confirmed_at": event["confirmed_at"].isoformat().replace("+00:00", "Z"),
            "note": event["note"],
            "page": base_url + reverse("country", args=[event["country__iso2"]]),
            "sources": [{
                "outlet": s["outlet"] or s["article__outlet"] or "",
                "url": s["url"] or "",
                "language": s["language"] or "",
                "article": base_url + reverse("article", args=[s["article_id"]])
                if s["article_id"] else None,
                "evidence": s["evidence"] or "",
            } for s in event["sources"]],
        })
    return rows


def _csv_response(filename, fields, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.DictWriter(response, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else str(v).lower() if isinstance(v, bool) else v)
                         for k, v in row.items()})
    return response


def _flatten_sources(row):
    """CSV has no lists: the sources become space-separated URLs and '; '-joined outlets."""
    sources = row["sources"]
    return {**row, "sources": len(sources),
            "source_outlets": "; ".join(s["outlet"] for s in sources if s["outlet"]),
            "source_urls": " ".join(s["url"] or s["article"] or "" for s in sources),
            "source_languages": " ".join(s["language"] for s in sources if s["language"])}


EVENT_CSV_FIELDS = [f for f in EVENT_FIELDS if f != "sources"] + [
    "sources", "source_outlets", "source_urls", "source_languages"]


@require_GET
def export(request, dataset, fmt):
    as_of, error = _as_of(request)
    if error:
        return error
    base_url = request.build_absolute_uri("/").rstrip("/")
    stamp = as_of.isoformat() if as_of else None
    if dataset == "countries":
        rows = export_country_rows(as_of, base_url)
        if fmt == "csv":
            return _csv_response(f"countries{'-' + stamp if stamp else ''}.csv",
                                 COUNTRY_FIELDS, rows)
        return JsonResponse({"as_of": stamp, "fields": COUNTRY_FIELDS, "countries": rows},
                            json_dumps_params={"ensure_ascii": False})
    rows = export_event_rows(as_of, base_url)
    if fmt == "csv":
        return _csv_response(f"events{'-' + stamp if stamp else ''}.csv", EVENT_CSV_FIELDS,
                             [_flatten_sources(row) for row in rows])
    return JsonResponse({"as_of": stamp, "fields": EVENT_FIELDS, "source_fields": SOURCE_FIELDS,
                         "events": rows}, json_dumps_params={"ensure_ascii": False})
