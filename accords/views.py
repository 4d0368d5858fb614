"""Public pages.  Thin: a selector reads, a pure builder shapes, a template shows.

The timeline and the map build a figure and a text table from every confirmed event,
which takes tens of milliseconds on a large history.  Both are cached under
``selectors.data_version()`` (one cheap query), so a page is built once per change of
the data, language and filters, and every confirmation or revert shows at once.
"""

import bisect
import csv
import datetime
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, json_script
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from accords import charts, regions, selectors, services
from accords.display import country_name, language_name
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


def _page_with_region(request, template, context, region, **more):
    """Render the page around already built regions (UTF-8 bytes, possibly megabytes).

    Each region is spliced into the rendered page as bytes: passing it through the
    template engine would copy and re-encode it several times (about 60 ms for the 6 MB
    timeline of the benchmark's 10,000 events).  ``region`` fills ``{{ region_html }}``,
    each keyword ``name`` fills ``{{ name }}``.
    """
    regions_ = {"region_html": region, **more}
    slots = {name: f"<!-- region:{name} -->" for name in regions_}
    response = render(request, template, {
        **context, **{name: mark_safe(slot) for name, slot in slots.items()}})
    content = response.content
    for name, slot in slots.items():
        content = content.replace(slot.encode(), regions_[name], 1)
    response.content = content
    return response


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


def _timeline_table_rows(events, locale):
    """The table's rows as HTML, built here rather than in a template loop.

    The template engine takes about 0.25 ms a row, 2.5 s for the benchmark's 10,000
    events; plain string building takes a tenth of that.  Every value is escaped.
    """
    labels = {status: escape(str(label)) for status, label in charts.STATUS_LABELS.items()}
    # One reverse() for the pattern instead of one per article.
    article_url = reverse("article", args=[987654321]).replace("987654321", "{}")
    untitled = escape(str(_("article")))
    out = []
    for event in events:
        links = []
        for source in event["sources"]:
            if source["article_id"]:
                text = (source["outlet"] or source["article__outlet"]
                        or source["article__title"] or untitled)
                links.append(f'<a href="{article_url.format(source["article_id"])}">'
                             f"{escape(text)}</a>")
            elif source["url"]:
                links.append(f'<a href="{escape(source["url"])}" rel="noopener noreferrer '
                             f'nofollow">{escape(source["outlet"] or source["url"])}</a>')
            elif source["outlet"]:
                links.append(escape(source["outlet"]))
        status = event["status"]
        date = charts.format_date(event["date"], event["date_precision"], locale)
        out.append(
            f'<tr data-event="{event["id"]}" data-country="{event["iso2"]}" '
            f'data-status="{status}">'
            f'<td><time datetime="{event["date_key"]}">{escape(date)}</time></td>'
            f'<th scope="row"><a href="{event["url"]}#event-{event["id"]}">'
            f'{escape(event["name"])}</a></th>'
            f'<td><span class="status status-{status}">{labels[status]}</span></td>'
            f'<td>{", ".join(links)}</td></tr>'
        )
    return mark_safe("\n".join(out))


def _timeline_region(filters, locale):
    """The chart and the table of the same events, as one HTML fragment."""
    events = selectors.timeline_events(
        statuses=filters["statuses"], start=filters["start"], end=filters["end"],
        countries=regions.members(filters["region"]) if filters["region"] else None,
    )
    country_urls = {}
    names = {}
    rows = []
    for event in events:
        iso2 = event["iso2"] = event["country__iso2"]
        if iso2 not in country_urls:
            country_urls[iso2] = reverse("country", args=[iso2])
            names[iso2] = country_name(iso2, locale, event["country__name"])
        event["name"] = names[iso2]
        event["url"] = country_urls[iso2]
        event["date_key"] = date_key(event["date"], event["date_precision"])
        rows.append({"iso2": iso2, "name": event["name"], "status": event["status"],
                     "date": event["date"], "precision": event["date_precision"],
                     "outlets": _source_outlets(event["sources"]), "url": event["url"]})
    figure = charts.timeline_figure(rows, locale=locale)
    return render_to_string("accords/partials/timeline_region.html", {
        "figure": figure, "count": len(events), "countries": len(country_urls),
        "table_rows": _timeline_table_rows(events, locale),
    })


@require_GET
@vary_on_headers("HX-Request")
def timeline(request):
    locale = _locale()
    filters = timeline_filters(request.GET)
    query = _filter_query(filters)
    key = f"timeline:{selectors.data_version()}:{locale}:{query}"
    region = _cached(key, lambda: _timeline_region(filters, locale).encode())
    if _fragment_only(request):
        # The canonical address of this view (no empty fields) goes into the history.
        return push_url(HttpResponse(region),
                        reverse("timeline") + (f"?{query}" if query else ""))
    return _page_with_region(request, "accords/timeline.html", {
        "filters": filters, "query": query,
        "statuses": [(s, charts.STATUS_LABELS[s]) for s in STATUSES],
        "regions": regions.choices(locale),
    }, region)


# --- map --------------------------------------------------------------------------------


def _country_url_pattern():
    """The country page's URL with "{}" for the code: one reverse() instead of 250."""
    return reverse("country", args=["ZZ"]).replace("ZZ", "{}")


def map_rows(statuses, locale):
    """Rows for charts.map_figure and the table beside it: founding parties apart."""
    rank = {status: index for index, status in enumerate(charts.LEGEND_ORDER)}
    page = _country_url_pattern()
    rows = []
    for row in statuses.values():
        rows.append({
            "iso2": row["iso2"], "iso3": row["iso3"],
            "name": country_name(row["iso2"], locale, row["name"]),
            "status": charts.FOUNDING if row["founding"] else row["status"],
            "event_status": row["status"],
            "since": row["date"], "precision": row["date_precision"],
            "date_key": date_key(row["date"], row["date_precision"]),
            "url": page.format(row["iso2"]),
        })
    rows.sort(key=lambda r: (rank[r["status"]], r["name"]))
    return rows


def _map_table_rows(rows):
    """The map table's rows as HTML (see _timeline_table_rows for why not a template loop)."""
    labels = {status: escape(str(label)) for status, label in charts.STATUS_LABELS.items()}
    out = []
    for row in rows:
        status = row["status"]
        badge = f'<span class="status status-{status}">{labels[status]}</span>'
        if status == charts.FOUNDING:  # and the step they are at
            badge += (f' <span class="status status-{row["event_status"]}">'
                      f'{labels[row["event_status"]]}</span>')
        out.append(
            f'<tr data-country="{row["iso2"]}" data-status="{status}">'
            f'<th scope="row"><a href="{row["url"]}">{escape(row["name"])}</a></th>'
            f"<td>{badge}</td>"
            f'<td><time datetime="{row["date_key"]}">{escape(row["since_text"])}</time></td>'
            "</tr>"
        )
    return mark_safe("\n".join(out))


def _map_region(as_of, locale):
    rows = map_rows(selectors.statuses_as_of(as_of=as_of), locale)
    for row in rows:
        row["since_text"] = charts.format_date(row["since"], row["precision"], locale)
    figure = charts.map_figure(rows, as_of=as_of, locale=locale)
    return render_to_string("accords/partials/map_region.html", {
        "figure": figure, "count": len(rows), "table_rows": _map_table_rows(rows),
        "as_of": as_of, "as_of_text": charts.format_date(as_of, "day", locale),
    })


def _change_dates():
    """The slider's steps: ISO dates, and the same list as a ready <script> element."""
    dates = [d.isoformat() for d in selectors.change_dates()]
    return dates, str(json_script(dates, "map-change-dates"))


def _map_context(as_of, locale, version=None):
    version = version or selectors.data_version()
    key = f"map:{version}:{locale}:{as_of.isoformat()}"
    dates, dates_script = _cached(f"change-dates:{version}", _change_dates)
    # The slider sits on the last change on or before the date shown.
    position = max(bisect.bisect_right(dates, as_of.isoformat()) - 1, 0)
    return {
        "as_of": as_of,
        "region": _cached(key, lambda: _map_region(as_of, locale).encode()),
        "change_count": len(dates),
        "change_dates_script": mark_safe(dates_script),
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
        return push_url(HttpResponse(context["region"]),
                        reverse("map") + f"?date={as_of.isoformat()}")
    context["date_error"] = bool(requested) and _parse_date(requested) is None
    return _page_with_region(request, "accords/map.html", context, context["region"])


# --- overview and country pages ---------------------------------------------------------


def _home_body(locale, map_region):
    counts = selectors.status_counts()
    return render_to_string("accords/partials/home_body.html", {
        "counts": [(status, charts.STATUS_LABELS[status], counts[status])
                   for status in charts.LEGEND_ORDER if counts.get(status)],
        "total": sum(counts.values()),
        "latest": selectors.latest_events_with_sources(limit=10),
        "region_html": mark_safe(map_region.decode()),
    })


@require_GET
def home(request):
    locale = _locale()
    today = timezone.localdate()
    version = selectors.data_version()
    map_region = _map_context(today, locale, version)["region"]
    key = f"home:{version}:{locale}:{today.isoformat()}"
    body = _cached(key, lambda: _home_body(locale, map_region).encode())
    return _page_with_region(request, "accords/home.html", {}, body)


def _country_parts(country, locale):
    """The country's heading and its history, built once per change of the data."""
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
    }
    return (render_to_string("accords/partials/country_head.html", context).encode(),
            render_to_string("accords/partials/country_history.html", context).encode())


@require_GET
def country_detail(request, iso2):
    locale = _locale()
    country = get_object_or_404(Country.objects.select_related("current_event"),
                                iso2=iso2.upper())
    key = f"country:{selectors.data_version()}:{locale}:{country.iso2}:{country.founding}"
    head, history = _cached(key, lambda: _country_parts(country, locale))
    return _page_with_region(request, "accords/country.html", {
        "country": country,
        "name": country_name(country.iso2, locale, country.name),
        # Per reader, so never cached: editors see how many proposals wait.
        "pending": selectors.pending_count(country=country)
        if services.can_review(request.user) else None,
    }, head, history_html=history)


@require_GET
def article_detail(request, pk):
    article = selectors.public_article(article_id=pk)
    if article is None:
        raise Http404("No public article with that number.")
    # What the site cites from the article, never its full text (that stays for editors).
    citations = selectors.article_citations(article=article)
    return render(request, "accords/article.html", {"article": article, "citations": citations})


# --- exports ----------------------------------------------------------------------------
# Field names are part of the public interface (documented in the README): add fields,
# never rename or remove one.

COUNTRY_FIELDS = ["iso2", "iso3", "name", "founding", "region", "sub_region", "status",
                  "since", "since_precision", "page"]
EVENT_FIELDS = ["id", "iso2", "iso3", "country", "status", "date", "date_precision",
                "confirmed_at", "note", "page", "sources"]
SOURCE_FIELDS = ["outlet", "url", "language", "article", "evidence", "published"]


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
                "published": date_key(s["article__published"],
                                      s["article__published_precision"] or "day") or None,
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
            "source_languages": " ".join(s["language"] for s in sources if s["language"]),
            "source_published": " ".join(s["published"] or "-" for s in sources),
            "source_evidence": " | ".join(s["evidence"] for s in sources)}


EVENT_CSV_FIELDS = [f for f in EVENT_FIELDS if f != "sources"] + [
    "sources", "source_outlets", "source_urls", "source_languages", "source_published",
    "source_evidence"]


def _build_export(dataset, fmt, as_of, base_url):
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


@require_GET
def export(request, dataset, fmt):
    as_of, error = _as_of(request)
    if error:
        return error
    base_url = request.build_absolute_uri("/").rstrip("/")
    # Cached like the pages: the events export of a large history takes most of a second.
    key = f"export:{selectors.data_version()}:{dataset}.{fmt}:{as_of}:{base_url}"
    built = cache.get(key)
    if built is None:
        response = _build_export(dataset, fmt, as_of, base_url)
        built = (response.content, response["Content-Type"],
                 response.get("Content-Disposition"))
        cache.set(key, built, CACHE_SECONDS)
    content, content_type, disposition = built
    response = HttpResponse(content, content_type=content_type)
    if disposition:
        response["Content-Disposition"] = disposition
    return response
