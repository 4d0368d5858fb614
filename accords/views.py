"""Public pages.  Thin: a selector reads, a pure builder shapes, a template shows.

The timeline and the map build a figure and a text table from every confirmed event,
which takes tens of milliseconds on a large history.  Both are cached under
``selectors.data_version()`` (one cheap query), so a page is built once per change of
the data, language and filters, and every confirmation or revert shows at once.
"""

import csv
import datetime
import io
import json
import re
from pathlib import Path
from urllib.parse import urlencode

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape, json_script
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from accords import charts, overview, regions, review, selectors
from accords.display import country_name, language_name
from accords.extraction.statuses import STATUSES
from accords.models import Country, date_key
from accords.pagecache import page_cache

CACHE_SECONDS = 60 * 60

# The map's regional views as sets of countries (the map zooms; the timeline and the table
# keep the countries of the region).  M49: 002 Africa, 145 Western Asia, 015 Northern
# Africa, 143 Central Asia.
MAP_VIEW_MEMBERS = {
    "world": None,
    "mena": regions.members("145") | regions.members("015") | regions.members("143")
    | {"IR", "XS"},
    "africa": regions.members("002") | {"XS"},
}


def _locale():
    return get_language() or "en"


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _parse_date(value):
    """A YYYY-MM-DD query parameter as a date; None when absent or not a real date.

    Only that spelling: fromisoformat also takes 20200101 and ISO weeks (2020-W01-1), and every
    other spelling of one day would be another page to build and cache."""
    value = (value or "").strip()
    if not _ISO_DAY.fullmatch(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _fragment_only(request):
    """An htmx request wants just the swapped region; a history restore wants the page."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def _cached(key, build):
    cache = page_cache()  # bounded: readers' new addresses evict old regions, nothing else
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
    heads = {name: escape(str(text)) for name, text in
             (("date", _("Date")), ("status", _("Status")), ("sources", _("Sources")))}
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
            f'<td data-label="{heads["date"]}"><time datetime="{event["date_key"]}">'
            f'{escape(date)}</time></td>'
            f'<th scope="row"><a href="{event["url"]}#event-{event["id"]}">'
            f'<bdi>{escape(event["name"])}</bdi></a></th>'
            f'<td data-label="{heads["status"]}"><span class="status status-{status}">'
            f'{labels[status]}</span></td>'
            f'<td data-label="{heads["sources"]}"><ul class="source-list">'
            f'{"".join(f"<li><bdi>{link}</bdi></li>" for link in links)}</ul></td></tr>'
        )
    return mark_safe("\n".join(out))


# The timeline's table shows this many events a page (links to the others work without
# JavaScript); above INLINE_FIGURE_LIMIT events the figure is not written into the page
# but fetched from its own address (charts.js: data-figure-url), so the page stays small.
PAGE_SIZE = 100
INLINE_FIGURE_LIMIT = 1500


def _selector_filters(filters):
    return {"statuses": filters["statuses"], "start": filters["start"], "end": filters["end"],
            "countries": regions.members(filters["region"]) if filters["region"] else None}


def _timeline_rows(events, locale):
    """Chart rows from selector events; the events get their display fields too."""
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
                     "founding": event["country__founding"],
                     "outlets": _source_outlets(event["sources"]), "url": event["url"]})
    return rows


def _timeline_page_number(params):
    try:
        return max(int(params.get("page", "1")), 1)
    except ValueError:
        return 1


def _timeline_region(filters, locale, page=1):
    """The chart and one page of the table of the same events, as one HTML fragment."""
    selector_filters = _selector_filters(filters)
    totals = selectors.timeline_totals(**selector_filters)
    total = totals["events"]
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    page = min(page, pages)
    offset = (page - 1) * PAGE_SIZE
    figure = figure_url = None
    if total <= INLINE_FIGURE_LIMIT:
        events = selectors.timeline_events(**selector_filters)
        figure = charts.timeline_figure(_timeline_rows(events, locale), locale=locale)
        page_events = events[offset:offset + PAGE_SIZE]
    else:
        page_events = selectors.timeline_events(**selector_filters, offset=offset,
                                                limit=PAGE_SIZE)
        _timeline_rows(page_events, locale)
        query = _filter_query(filters)
        figure_url = reverse("timeline-figure") + (f"?{query}" if query else "")
    query = _filter_query(filters)
    base = reverse("timeline") + "?" + (f"{query}&" if query else "")
    return render_to_string("accords/partials/timeline_region.html", {
        "figure": figure, "figure_url": figure_url, "count": total,
        "csv_query": urlencode([("status", status) for status in filters["statuses"]]),
        "countries": totals["countries"],
        "table_rows": _timeline_table_rows(page_events, locale),
        "page": page, "pages": pages, "first_row": offset + 1,
        "last_row": offset + len(page_events),
        "previous_url": f"{base}page={page - 1}" if page > 1 else None,
        "next_url": f"{base}page={page + 1}" if page < pages else None,
    })


@require_GET
def timeline_figure_json(request):
    """The timeline's figure alone, for a history too large to write into the page."""
    locale = _locale()
    filters = timeline_filters(request.GET)
    # The map frame's timeline tab: a region of the frame and the date shown.
    view = request.GET.get("view", "")
    at = _parse_date(request.GET.get("at"))
    key = (f"timeline-figure:{selectors.data_version()}:{locale}:{_filter_query(filters)}:"
           f"{view}:{at}")

    def build():
        selector_filters = _selector_filters(filters)
        if MAP_VIEW_MEMBERS.get(view) is not None:
            selector_filters["countries"] = MAP_VIEW_MEMBERS[view]
        events = selectors.timeline_events(**selector_filters)
        figure = charts.timeline_figure(_timeline_rows(events, locale), locale=locale,
                                        as_of=at)
        return json.dumps(figure, separators=(",", ":"), ensure_ascii=False).encode()

    return HttpResponse(_cached(key, build), content_type="application/json")


@require_GET
@vary_on_headers("HX-Request")
def timeline(request):
    locale = _locale()
    filters = timeline_filters(request.GET)
    query = _filter_query(filters)
    page = _timeline_page_number(request.GET)
    key = f"timeline:{selectors.data_version()}:{locale}:{query}:{page}"
    region = _cached(key, lambda: _timeline_region(filters, locale, page).encode())
    if _fragment_only(request):
        # The canonical address of this view (no empty fields) goes into the history.
        address = query + (f"&page={page}" if page > 1 else "") if query else (
            f"page={page}" if page > 1 else "")
        return push_url(HttpResponse(region),
                        reverse("timeline") + (f"?{address}" if address else ""))
    return _page_with_region(request, "accords/timeline.html", {
        "filters": filters, "query": query,
        "statuses": [(s, charts.STATUS_LABELS[s]) for s in STATUSES],
        "regions": regions.choices(locale),
    }, region)


# --- map --------------------------------------------------------------------------------


def _country_url_pattern():
    """The country page's URL with "{}" for the code: one reverse() instead of 250."""
    return reverse("country", args=["ZZ"]).replace("ZZ", "{}")


def map_rows(statuses, locale, points=None):
    """Rows for charts.map_figure and the table beside it: founding parties apart.

    ``points`` ({iso2: (latitude, longitude)}, selectors.map_points) places the entities
    the geometry has no shape for; the figure takes (longitude, latitude)."""
    rank = {status: index for index, status in enumerate(charts.LEGEND_ORDER)}
    page = _country_url_pattern()
    points = points or {}
    rows = []
    for row in statuses.values():
        point = points.get(row["iso2"])
        rows.append({
            "point": (point[1], point[0]) if point else None,
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
    """The map table's rows as HTML (see _timeline_table_rows for why not a template loop).

    Each cell carries its column's name (``data-label``): below 600 px the rows are cards.
    """
    labels = {status: escape(str(label)) for status, label in charts.STATUS_LABELS.items()}
    status_label, since_label = escape(_("Status")), escape(_("Since"))
    out = []
    for row in rows:
        status = row["status"]
        badge = f'<span class="status status-{status}">{labels[status]}</span>'
        if status == charts.FOUNDING:  # and the step they are at
            badge += (f' <span class="status status-{row["event_status"]}">'
                      f'{labels[row["event_status"]]}</span>')
        out.append(
            f'<tr data-country="{row["iso2"]}" data-status="{status}">'
            f'<th scope="row"><a href="{row["url"]}"><bdi>{escape(row["name"])}</bdi></a></th>'
            f'<td data-label="{status_label}">{badge}</td>'
            f'<td data-label="{since_label}"><time datetime="{row["date_key"]}">'
            f'{escape(row["since_text"])}</time></td>'
            "</tr>"
        )
    return mark_safe("\n".join(out))


MAP_TABS = ("map", "timeline", "table")


def _frame_query(as_of, tab="map", view="world"):
    """The one URL of a view of the frame: its date, tab and region."""
    pairs = [("date", as_of.isoformat())]
    if tab != "map":
        pairs.append(("tab", tab))
    if view != "world":
        pairs.append(("view", view))
    return urlencode(pairs)


def _map_caption(rows, as_of, locale, tab="map"):
    """What the map draws on the date, in words built from the same rows."""
    with translation.override(locale):
        summary = overview.overview([
            {**row, "founding": row["status"] == charts.FOUNDING,
             "status": row["event_status"] if row["status"] == charts.FOUNDING
             else row["status"]} for row in rows], locale)
        date = escape(charts.format_date(as_of, "day", locale))
        if rows:
            text = escape(_("On %(date)s: %(summary)s.")).replace("%(date)s", date).replace(
                "%(summary)s", summary["sentence"])
        else:
            text = escape(_("On %(date)s no country had a confirmed status.")).replace(
                "%(date)s", date)
        founders = [row for row in rows if row["status"] == charts.FOUNDING]
        notes = []
        if tab != "map":
            return mark_safe(text)
        if not founders:
            notes.append(escape(_("The founding parties, Israel and the United States, are "
                                  "drawn from the day they signed (15 September 2020).")))
        notes.append(escape(_("Grey: no confirmed status on this date.")))
        return mark_safe(" ".join([text, *notes]))


def _period_notes(rows, as_of, locale):
    """Steps known only to a year or month whose period contains the date shown."""
    notes = []
    with translation.override(locale):
        for row in rows:
            if charts.uncertain_on(row, as_of):
                notes.append(_(
                    "%(country)s: %(status)s is known only as “%(period)s”; %(date)s falls "
                    "inside that period, so it may not have happened yet on that day (drawn "
                    "paler).") % {
                    "country": row["name"], "status": charts.STATUS_LABELS[row["event_status"]],
                    "period": charts.format_date(row["since"], row["precision"], locale),
                    "date": charts.format_date(as_of, "day", locale)})
    return notes


def _frame_timeline(as_of, view, locale):
    """The timeline tab: every step up to the date shown, in the region shown.  A history
    too large to write into the page gives the figure's own address instead."""
    members = MAP_VIEW_MEMBERS.get(view)
    if selectors.timeline_totals(end=as_of, countries=members)["events"] > INLINE_FIGURE_LIMIT:
        pairs = [("to", as_of.isoformat()), ("at", as_of.isoformat())]
        if view != "world":
            pairs.append(("view", view))
        return None, reverse("timeline-figure") + "?" + urlencode(pairs)
    events = selectors.timeline_events(end=as_of, countries=members)
    return charts.timeline_figure(_timeline_rows(events, locale), locale=locale,
                                  as_of=as_of), None


def _map_region(as_of, locale, tab="map", view="world", frame=True):
    every = map_rows(selectors.statuses_as_of(as_of=as_of), locale, selectors.map_points())
    for row in every:
        row["since_text"] = charts.format_date(row["since"], row["precision"], locale)
    # The map zooms on the region and still draws every country; the words, the table
    # and the timeline keep the region's countries (and the founding parties).
    members = MAP_VIEW_MEMBERS.get(view)
    rows = every if members is None else [
        row for row in every if row["iso2"] in members or row["status"] == charts.FOUNDING]
    figure_url = None
    if tab == "timeline":
        figure, figure_url = _frame_timeline(as_of, view, locale)
    else:
        figure = charts.map_figure(every, as_of=as_of, locale=locale, view=view)
    base = reverse("map")
    return render_to_string("accords/partials/map_region.html", {
        "figure": figure, "figure_url": figure_url, "count": len(rows),
        "table_rows": _map_table_rows(rows),
        "as_of": as_of, "as_of_text": charts.format_date(as_of, "day", locale),
        "caption": _map_caption(rows, as_of, locale, tab),
        "period_notes": _period_notes(rows, as_of, locale),
        "tab": tab, "view": view, "frame": frame,
        "view_label": charts.MAP_VIEW_LABELS.get(view, ""),
        "tabs": [(name, label, f"{base}?{_frame_query(as_of, name, view)}")
                 for name, label in ((("map", _("Map")), ("timeline", _("Timeline")),
                                      ("table", _("Table"))))],
        "csv_url": reverse("export", args=["countries", "csv"]) + f"?as_of={as_of.isoformat()}",
        "json_url": reverse("export", args=["countries", "json"])
        + f"?as_of={as_of.isoformat()}",
        "download_name": f"abraham-accords-{tab}-{view}-{as_of.isoformat()}",
    })


def _change_dates():
    """The step buttons' stops: ISO dates, and the same list as a ready <script> element."""
    dates = [d.isoformat() for d in selectors.change_dates()]
    return dates, str(json_script(dates, "map-change-dates"))


def _time_range(dates, today):
    """The time control's whole range: 1 January of the first year with a step to today,
    and a labelled tick at the start of each year (position in days from the start)."""
    first = datetime.date.fromisoformat(dates[0]) if dates else today
    start = datetime.date(min(first.year, today.year), 1, 1)
    days = max((today - start).days, 1)
    ticks = []
    for year in range(start.year, today.year + 1):
        offset = (datetime.date(year, 1, 1) - start).days
        ticks.append({"label": year, "offset": offset, "percent": round(100 * offset / days, 3)})
    return start, days, ticks


def _map_context(as_of, locale, version=None, tab="map", view="world", frame=True):
    version = version or selectors.data_version()
    key = f"map:{version}:{locale}:{as_of.isoformat()}:{tab}:{view}:{frame}"
    dates, dates_script = _cached(f"change-dates:{version}", _change_dates)
    today = timezone.localdate()
    start, days, ticks = _time_range(dates, today)
    return {
        "as_of": as_of,
        "region": _cached(key, lambda: _map_region(as_of, locale, tab, view, frame).encode()),
        "change_count": len(dates),
        "change_dates_script": mark_safe(dates_script),
        "range_start": start, "range_days": days, "ticks": ticks,
        "slider_position": min(max((as_of - start).days, 0), days),
        "tab": tab, "view": view,
        "views": [(key_, label) for key_, label in charts.MAP_VIEW_LABELS.items()],
    }


@require_GET
@vary_on_headers("HX-Request")
def map_view(request):
    locale = _locale()
    requested = request.GET.get("date", "")
    as_of = _parse_date(requested) or timezone.localdate()
    tab = request.GET.get("tab", "map")
    tab = tab if tab in MAP_TABS else "map"
    view = request.GET.get("view", "world")
    view = view if view in charts.MAP_VIEWS else "world"
    context = _map_context(as_of, locale, tab=tab, view=view)
    if _fragment_only(request):
        return push_url(HttpResponse(context["region"]),
                        reverse("map") + f"?{_frame_query(as_of, tab, view)}")
    context["date_error"] = bool(requested) and _parse_date(requested) is None
    return _page_with_region(request, "accords/map.html", context, context["region"])


# --- overview and country pages ---------------------------------------------------------


NEW_SOURCE_AFTER = datetime.timedelta(minutes=10)


def overview_rows(countries, locale):
    """Rows for accords.overview from selectors.countries_with_status()."""
    page = _country_url_pattern()
    rows = []
    for country in countries:
        event = country.current_event
        rows.append({
            "iso2": country.iso2, "name": country_name(country.iso2, locale, country.name),
            "status": country.current_status, "founding": country.founding,
            "since": event.date if event else None,
            "precision": event.date_precision if event else "day",
            "date_key": date_key(event.date, event.date_precision) if event else "",
            "url": page.format(country.iso2),
        })
    return rows


def _label_new_sources(events):
    """Mark the citations added after their event was confirmed: new sources, not news."""
    for event in events:
        for citation in event.citations.all():
            citation.is_new_source = (
                citation.created_at - event.confirmed_at > NEW_SOURCE_AFTER)
    return events


def _group_items(rows, locale):
    """A group's list items as HTML (a template loop costs about 0.25 ms a row: 60 ms for
    250 countries); every value is escaped."""
    labels = {status: escape(str(label)) for status, label in charts.STATUS_LABELS.items()}
    since, in_ = escape(_("since")), escape(_("in"))
    out = []
    for row in rows:
        status = charts.FOUNDING if row["founding"] else row["status"]
        item = (f'<li data-country="{row["iso2"]}" data-status="{row["status"]}">'
                f'<a href="{row["url"]}"><bdi>{escape(row["name"])}</bdi></a> '
                f'<span class="status status-{status}">{labels[status]}</span>')
        if row["since"]:
            word = since if row["precision"] == "day" else in_
            text = escape(charts.format_date(row["since"], row["precision"], locale))
            item += (f' <span class="since">{word} <time datetime="{row["date_key"]}">'
                     f"{text}</time></span>")
        out.append(item + "</li>")
    return mark_safe("\n".join(out))


def _home_body(locale, map_region):
    summary = overview.overview(
        overview_rows(selectors.countries_with_status(), locale), locale)
    summary["groups"] = [(key, title, rows, _group_items(rows, locale))
                         for key, title, rows in summary["groups"]]
    return render_to_string("accords/partials/home_body.html", {
        "summary": summary,
        "latest": _label_new_sources(selectors.latest_events_with_sources(limit=10)),
        "region_html": mark_safe(map_region.decode()),
    })


@require_GET
def home(request):
    locale = _locale()
    today = timezone.localdate()
    version = selectors.data_version()
    map_region = _map_context(today, locale, version, frame=False)["region"]
    key = f"home:{version}:{locale}:{today.isoformat()}"
    body = _cached(key, lambda: _home_body(locale, map_region).encode())
    return _page_with_region(request, "accords/home.html", {}, body)


def _country_parts(country, locale):
    """The country's heading and its history, built once per change of the data."""
    events = selectors.country_history(country=country)
    for event in events:
        citations = event.citations.all()
        for citation in citations:
            citation.language_name = language_name(citation.language, locale)
        # Where the step came from: how many articles of ours, in how many languages.
        event.article_count = sum(1 for c in citations if c.article_id)
        event.language_count = len({c.language for c in citations if c.article_id and c.language})
        event.confirmed_date = charts.format_date(event.confirmed_at, "day", locale)
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


def _country_redirect(code):
    """An alpha-3 code or a name (in English or the reader's language) for a country's
    alpha-2 page: ``/countries/KAZ/`` and ``/countries/kazakhstan/`` lead to KZ."""
    text = code.strip().replace("-", " ").replace("_", " ").casefold()
    if len(text) == 3 and text.isalpha():
        iso2 = Country.objects.filter(iso3=text.upper()).values_list("iso2", flat=True).first()
        if iso2:
            return iso2
    locale = _locale()
    for iso2, name in Country.objects.values_list("iso2", "name"):
        if text in {name.casefold(), country_name(iso2, locale, name).casefold(),
                    country_name(iso2, "en", name).casefold()}:
            return iso2
    return None


def _not_found(request, message, suggestions=()):
    return render(request, "404.html", {"message": message, "suggestions": suggestions},
                  status=404)


@require_GET
def country_detail(request, iso2):
    locale = _locale()
    country = Country.objects.select_related("current_event").filter(iso2=iso2.upper()).first()
    if country is None:
        found = _country_redirect(iso2)
        if found:
            return redirect("country", found, permanent=True)
        return _not_found(request, _("There is no country with the code or name “%(code)s”.")
                          % {"code": iso2})
    key = f"country:{selectors.data_version()}:{locale}:{country.iso2}:{country.founding}"
    head, history = _cached(key, lambda: _country_parts(country, locale))
    return _page_with_region(request, "accords/country.html", {
        "country": country,
        "name": country_name(country.iso2, locale, country.name),
        # Per reader, so never cached: editors see how many proposals wait.
        "pending": selectors.pending_count(country=country)
        if review.can_review(request.user) else None,
        # Readers of a country without a status learn whether news about it waits.
        "pending_news": selectors.pending_count(country=country)
        if not country.current_status else None,
    }, head, history_html=history)


def page_not_found(request, exception=None):
    return _not_found(request, _("There is no page at this address."))


@require_GET
def favicon(request):
    return redirect(static("accords/favicon.svg"), permanent=True)


@require_GET
def feed_about(request):
    """The feed for people: what it carries, how to follow it, its latest entries."""
    return render(request, "accords/feed_about.html", {
        "feed_url": request.build_absolute_uri(reverse("feed")),
        "latest": selectors.feed_events(limit=10),
    })


ACCURACY_FILE = Path(__file__).parent / "data" / "parser-accuracy.json"


def parser_accuracy():
    """The parser's measured accuracy (scripts/publish_accuracy.py writes the file)."""
    with open(ACCURACY_FILE, encoding="utf-8") as handle:
        data = json.load(handle)
    locale = _locale()
    data["measured_date"] = datetime.date.fromisoformat(data["measured"])
    data["rows"] = sorted(
        ({"code": code, "name": language_name(code, locale), **figures}
         for code, figures in data["languages"].items()), key=lambda row: row["name"])
    real = data.get("real_news")
    if real:
        real["measured_date"] = datetime.date.fromisoformat(real["measured"])
        held = real["held_out"]["languages"]
        real["rows"] = sorted(
            ({"code": code, "name": language_name(code, locale), "development": figures,
              "held_out": held.get(code)}
             for code, figures in real["development"]["languages"].items()
             if code in data["languages"]), key=lambda row: row["name"])
    return data


@require_GET
def method(request):
    return render(request, "accords/method.html", {"accuracy": parser_accuracy()})


DATA_DOCUMENT = Path(__file__).resolve().parent.parent / "docs" / "data.md"


@require_GET
def data_document(request):
    """docs/data.md as the repository holds it (Markdown, shown as plain text): the statuses,
    the reference history and every export's fields."""
    return HttpResponse(DATA_DOCUMENT.read_text(encoding="utf-8"),
                        content_type="text/plain; charset=utf-8")


@require_GET
def article_detail(request, pk):
    article = selectors.public_article(article_id=pk)
    if article is None:
        raise Http404("No public article with that number.")
    # What the site cites from the article, never its full text (that stays for editors).
    citations = selectors.article_citations(article=article)
    return render(request, "accords/article.html", {"article": article, "citations": citations})


# --- exports ----------------------------------------------------------------------------
# Field names are part of the public interface (documented in docs/data.md): add fields,
# never rename or remove one.

COUNTRY_FIELDS = ["iso2", "iso3", "name", "founding", "region", "sub_region", "status",
                  "since", "since_precision", "page", "region_name", "sub_region_name"]
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
            "region_name": country_name(region, "en", "") if region else None,
            "sub_region_name": country_name(sub_region, "en", "") if sub_region else None,
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
        writer.writerow({k: ("" if v is None else str(v).lower() if isinstance(v, bool)
                             else _csv_safe(v)) for k, v in row.items()})
    return response


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value):
    """A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
    leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


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


def _export_options(request):
    """?status= (repeatable) keeps those statuses; ?pretty=1 indents the JSON."""
    statuses = tuple(sorted({s for s in request.GET.getlist("status") if s in STATUSES}))
    pretty = request.GET.get("pretty", "") not in ("", "0", "false")
    return statuses, pretty


def _filter_export(content, content_type, statuses, pretty):
    """The built export narrowed to some statuses and/or indented (JSON) or narrowed (CSV)."""
    if not statuses and not pretty:
        return content
    if content_type.startswith("application/json"):
        data = json.loads(content)
        key = "countries" if "countries" in data else "events"
        if statuses:
            data[key] = [row for row in data[key] if row["status"] in statuses]
        return json.dumps(data, ensure_ascii=False, indent=2 if pretty else None).encode()
    if not statuses:
        return content
    text = content.decode("utf-8")
    reader = csv.DictReader(io.StringIO(text))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=reader.fieldnames, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(row for row in reader if row["status"] in statuses)
    return out.getvalue().encode("utf-8")


@require_GET
def export(request, dataset, fmt):
    as_of, error = _as_of(request)
    if error:
        return error
    statuses, pretty = _export_options(request)
    base_url = request.build_absolute_uri("/").rstrip("/")
    # Cached like the pages: the events export of a large history takes most of a second.
    key = f"export:{selectors.data_version()}:{dataset}.{fmt}:{as_of}:{base_url}"
    built = page_cache().get(key)
    if built is None:
        response = _build_export(dataset, fmt, as_of, base_url)
        built = (response.content, response["Content-Type"],
                 response.get("Content-Disposition"))
        page_cache().set(key, built, CACHE_SECONDS)
    content, content_type, disposition = built
    content = _filter_export(content, content_type, statuses, pretty)
    response = HttpResponse(content, content_type=content_type)
    if disposition:
        response["Content-Disposition"] = disposition
    return response
