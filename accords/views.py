"""Public pages.  Thin: a selector reads, a pure builder shapes, a template shows.

The timeline and the map build a figure and a text table from every confirmed event,
which takes tens of milliseconds on a large history.  Both are cached under
``pagecache.data_version()`` (one query per change of the data), so a page is built once per
change of the data, language and filters.  After a confirmation or revert an editor sees the
change at once; readers see it as soon as the page has been rebuilt, right after the first
reader asked for it (see ``accords/pagecache.py``).
"""

import datetime
import json
import re
from pathlib import Path
from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from accords import charts, exports, fragments, overview, regions, review, selectors
from accords.display import (
    FOUNDING,
    STATUS_LABELS,
    country_name,
    format_date,
    json_script,
    language_name,
    uncertain_on,
    url_pattern,
)
from accords.extraction.statuses import STATUSES
from accords.models import Country, date_key
from accords.pagecache import data_version, page_cache

CACHE_SECONDS = 60 * 60

# The map's regional views as sets of countries (the map zooms; the timeline and the table
# keep the countries of the region).  M49: 002 Africa, 145 Western Asia, 015 Northern
# Africa, 143 Central Asia.
MAP_VIEW_MEMBERS = {
    "world": None,
    "mena": regions.members("145") | regions.members("015") | regions.members("143") | {"IR", "XS"},
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
    return HttpResponse(
        _render_with_regions(template, context, {"region_html": region, **more}, request)
    )


def _render_with_regions(template, context, regions_, request=None):
    """The template rendered as UTF-8 bytes, each of ``regions_`` (name: bytes) spliced
    in where ``{{ name }}`` stands."""
    slots = {name: f"<!-- region:{name} -->" for name in regions_}
    content = render_to_string(
        template,
        {**context, **{name: mark_safe(slot) for name, slot in slots.items()}},
        request,
    ).encode()
    for name, slot in slots.items():
        content = content.replace(slot.encode(), regions_[name], 1)
    return content


# --- timeline ---------------------------------------------------------------------------


def timeline_filters(params):
    """The timeline's filters from a query string, cleaned; unknown values are dropped."""
    statuses = [s for s in params.getlist("status") if s in STATUSES]
    start = _parse_date(params.get("from"))
    end = _parse_date(params.get("to"))
    region = params.get("region", "")
    if not regions.is_region(region):
        region = ""
    return {
        "statuses": sorted(set(statuses), key=STATUSES.index),
        "start": start,
        "end": end,
        "region": region,
    }


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


# The timeline's table shows this many events a page (links to the others work without
# JavaScript); above INLINE_FIGURE_LIMIT events the figure is not written into the page
# but fetched from its own address (charts.js: data-figure-url), so the page stays small.
PAGE_SIZE = 100
INLINE_FIGURE_LIMIT = 1500


def _selector_filters(filters):
    return {
        "statuses": filters["statuses"],
        "start": filters["start"],
        "end": filters["end"],
        "countries": regions.members(filters["region"]) if filters["region"] else None,
    }


def _localize(rows, locale):
    """The reader's name of each row's country and its page's address, in place: the
    selector's rows then serve the chart and the table as they are."""
    page = url_pattern("country")
    names = {}
    for row in rows:
        iso2 = row["iso2"]
        if iso2 not in names:
            names[iso2] = (country_name(iso2, locale, row["name"]), page.format(iso2))
        row["name"], row["url"] = names[iso2]
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
        events = _localize(selectors.timeline_events(**selector_filters), locale)
        figure = charts.timeline_figure(events, locale=locale)
        page_events = events[offset : offset + PAGE_SIZE]
    else:
        page_events = _localize(
            selectors.timeline_events(**selector_filters, offset=offset, limit=PAGE_SIZE), locale
        )
        query = _filter_query(filters)
        figure_url = reverse("timeline-figure") + (f"?{query}" if query else "")
    query = _filter_query(filters)
    base = reverse("timeline") + "?" + (f"{query}&" if query else "")
    return render_to_string(
        "accords/partials/timeline_region.html",
        {
            "figure": figure,
            "figure_url": figure_url,
            "count": total,
            "csv_query": urlencode([("status", status) for status in filters["statuses"]]),
            "countries": totals["countries"],
            "table_rows": fragments.timeline_rows(page_events, locale),
            "page": page,
            "pages": pages,
            "first_row": offset + 1,
            "last_row": offset + len(page_events),
            "previous_url": f"{base}page={page - 1}" if page > 1 else None,
            "next_url": f"{base}page={page + 1}" if page < pages else None,
        },
    )


@require_GET
def timeline_figure_json(request):
    """The timeline's figure alone, for a history too large to write into the page."""
    locale = _locale()
    filters = timeline_filters(request.GET)
    # The map frame's timeline tab: a region of the frame and the date shown.
    view = request.GET.get("view", "")
    at = _parse_date(request.GET.get("at"))
    key = f"timeline-figure:{data_version()}:{locale}:{_filter_query(filters)}:{view}:{at}"

    def build():
        selector_filters = _selector_filters(filters)
        if MAP_VIEW_MEMBERS.get(view) is not None:
            selector_filters["countries"] = MAP_VIEW_MEMBERS[view]
        events = _localize(selectors.timeline_events(**selector_filters), locale)
        figure = charts.timeline_figure(events, locale=locale, as_of=at)
        return json.dumps(figure, separators=(",", ":"), ensure_ascii=False).encode()

    return HttpResponse(_cached(key, build), content_type="application/json")


@require_GET
@vary_on_headers("HX-Request")
def timeline(request):
    locale = _locale()
    filters = timeline_filters(request.GET)
    query = _filter_query(filters)
    page = _timeline_page_number(request.GET)
    key = f"timeline:{data_version()}:{locale}:{query}:{page}"
    region = _cached(key, lambda: _timeline_region(filters, locale, page).encode())
    if _fragment_only(request):
        # The canonical address of this view (no empty fields) goes into the history.
        address = (
            query + (f"&page={page}" if page > 1 else "")
            if query
            else (f"page={page}" if page > 1 else "")
        )
        return push_url(
            HttpResponse(region), reverse("timeline") + (f"?{address}" if address else "")
        )
    return _page_with_region(
        request,
        "accords/timeline.html",
        {
            "filters": filters,
            "query": query,
            "statuses": [(s, STATUS_LABELS[s]) for s in STATUSES],
            "regions": regions.choices(locale),
        },
        region,
    )


# --- map --------------------------------------------------------------------------------


def map_rows(statuses, locale):
    """Rows for charts.map_figure and the table beside it: founding parties apart.

    A country's ``latitude`` and ``longitude`` (selectors.statuses_as_of; only the
    entities the geometry has no shape for have them) place its marker; the figure takes
    (longitude, latitude)."""
    rank = {status: index for index, status in enumerate(charts.LEGEND_ORDER)}
    page = url_pattern("country")
    rows = []
    for row in statuses.values():
        latitude, longitude = row.get("latitude"), row.get("longitude")
        rows.append(
            {
                "point": (longitude, latitude)
                if latitude is not None and longitude is not None
                else None,
                "iso2": row["iso2"],
                "iso3": row["iso3"],
                "name": country_name(row["iso2"], locale, row["name"]),
                "status": FOUNDING if row["founding"] else row["status"],
                "event_status": row["status"],
                "since": row["date"],
                "precision": row["date_precision"],
                "date_key": date_key(row["date"], row["date_precision"]),
                "url": page.format(row["iso2"]),
            }
        )
    rows.sort(key=lambda r: (rank[r["status"]], r["name"]))
    return rows


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
        sentence = overview.map_sentence(rows, locale)
        date = escape(format_date(as_of, "day", locale))
        if rows:
            text = (
                escape(_("On %(date)s: %(summary)s."))
                .replace("%(date)s", date)
                .replace("%(summary)s", sentence)
            )
        else:
            text = escape(_("On %(date)s no country had a confirmed status.")).replace(
                "%(date)s", date
            )
        founders = [row for row in rows if row["status"] == FOUNDING]
        notes = []
        if tab != "map":
            return mark_safe(text)
        if not founders:
            notes.append(
                escape(
                    _(
                        "The founding parties, Israel and the United States, are "
                        "drawn from the day they signed (15 September 2020)."
                    )
                )
            )
        notes.append(escape(_("Grey: no confirmed status on this date.")))
        return mark_safe(" ".join([text, *notes]))


def _period_notes(rows, as_of, locale):
    """Steps known only to a year or month whose period contains the date shown."""
    notes = []
    with translation.override(locale):
        for row in rows:
            if uncertain_on(row, as_of):
                notes.append(
                    _(
                        "%(country)s: %(status)s is known only as “%(period)s”; %(date)s falls "
                        "inside that period, so it may not have happened yet on that day (drawn "
                        "paler)."
                    )
                    % {
                        "country": row["name"],
                        "status": STATUS_LABELS[row["event_status"]],
                        "period": format_date(row["since"], row["precision"], locale),
                        "date": format_date(as_of, "day", locale),
                    }
                )
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
    events = _localize(selectors.timeline_events(end=as_of, countries=members), locale)
    return charts.timeline_figure(events, locale=locale, as_of=as_of), None


def _map_region(as_of, locale, tab="map", view="world", frame=True):
    every = map_rows(selectors.statuses_as_of(as_of=as_of), locale)
    for row in every:
        row["since_text"] = format_date(row["since"], row["precision"], locale)
    # The map zooms on the region and still draws every country; the words, the table
    # and the timeline keep the region's countries (and the founding parties).
    members = MAP_VIEW_MEMBERS.get(view)
    rows = (
        every
        if members is None
        else [row for row in every if row["iso2"] in members or row["status"] == FOUNDING]
    )
    figure_url = None
    if tab == "timeline":
        figure, figure_url = _frame_timeline(as_of, view, locale)
    else:
        figure = charts.map_figure(every, as_of=as_of, locale=locale, view=view)
    base = reverse("map")
    return render_to_string(
        "accords/partials/map_region.html",
        {
            "figure": figure,
            "figure_url": figure_url,
            "count": len(rows),
            "table_rows": fragments.map_rows(rows),
            "as_of": as_of,
            "as_of_text": format_date(as_of, "day", locale),
            "caption": _map_caption(rows, as_of, locale, tab),
            "period_notes": _period_notes(rows, as_of, locale),
            "tab": tab,
            "view": view,
            "frame": frame,
            "view_label": charts.MAP_VIEW_LABELS.get(view, ""),
            "tabs": [
                (name, label, f"{base}?{_frame_query(as_of, name, view)}")
                for name, label in (
                    (("map", _("Map")), ("timeline", _("Timeline")), ("table", _("Table")))
                )
            ],
            "csv_url": reverse("export", args=["countries", "csv"]) + f"?as_of={as_of.isoformat()}",
            "json_url": reverse("export", args=["countries", "json"])
            + f"?as_of={as_of.isoformat()}",
            "download_name": f"abraham-accords-{tab}-{view}-{as_of.isoformat()}",
        },
    )


def _change_dates():
    """The step buttons' stops: how many, the first (ISO dates) and the list as a ready
    <script> element as UTF-8 bytes, spliced into the page like its regions (the list
    itself is not kept: the cache would copy thousands of strings for two numbers)."""
    dates = selectors.change_dates()
    script = _dates_script(dates, "map-change-dates").encode()
    return len(dates), dates[0] if dates else None, script


def _dates_script(dates, element_id):
    """``json_script`` of a list of ISO dates ("2020-09-15"), the same bytes.  Such a list
    needs no escaping, so it is joined as ``json.dumps`` would write it, without that
    function's look at each of 6,000 strings and the three replaces over the text (0.4 ms of
    the map's 2 ms).  Anything but digits and hyphens goes through ``json_script``."""
    joined = "".join(dates)
    if not joined.isascii() or joined.encode().translate(None, b"0123456789-"):
        return str(json_script(dates, element_id))
    text = '["' + '", "'.join(dates) + '"]' if dates else "[]"
    return f'<script id="{element_id}" type="application/json">{text}</script>'


def _time_range(first_date, today):
    """The time control's whole range: 1 January of the year of the first step (an ISO
    date, None for none) to today, and a labelled tick at the start of each year (position
    in days from the start)."""
    first = datetime.date.fromisoformat(first_date) if first_date else today
    start = datetime.date(min(first.year, today.year), 1, 1)
    days = max((today - start).days, 1)
    ticks = []
    for year in range(start.year, today.year + 1):
        offset = (datetime.date(year, 1, 1) - start).days
        ticks.append({"label": year, "offset": offset, "percent": round(100 * offset / days, 3)})
    return start, days, ticks


def _cached_map_region(as_of, locale, version, tab="map", view="world", frame=True):
    """The map's region (UTF-8 bytes), built once per change of the data."""
    key = f"map:{version}:{locale}:{as_of.isoformat()}:{tab}:{view}:{frame}"
    return _cached(key, lambda: _map_region(as_of, locale, tab, view, frame).encode())


def _map_context(as_of, locale, version=None, tab="map", view="world", frame=True):
    version = version or data_version()
    count, first_date, dates_script = _cached(f"map-steps:{version}", _change_dates)
    today = timezone.localdate()
    start, days, ticks = _time_range(first_date, today)
    return {
        "as_of": as_of,
        "region": _cached_map_region(as_of, locale, version, tab, view, frame),
        "change_count": count,
        "change_dates_script": dates_script,
        "range_start": start,
        "range_days": days,
        # A tick a year (27 since 2000): written here, a template loop cost ten times as much.
        "ticks_html": mark_safe(
            "".join(
                f'<span class="tick" data-percent="{tick["percent"]}">{tick["label"]}</span>'
                for tick in ticks
            )
        ),
        "slider_position": min(max((as_of - start).days, 0), days),
        "tab": tab,
        "view": view,
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
        return push_url(
            HttpResponse(context["region"]), reverse("map") + f"?{_frame_query(as_of, tab, view)}"
        )
    context["date_error"] = bool(requested) and _parse_date(requested) is None
    return _page_with_region(
        request,
        "accords/map.html",
        context,
        context.pop("region"),
        change_dates_script=context.pop("change_dates_script"),
    )


# --- overview and country pages ---------------------------------------------------------


NEW_SOURCE_AFTER = datetime.timedelta(minutes=10)


def overview_rows(rows, locale):
    """selectors.countries_with_status() with the reader's names and the pages' addresses
    put in, for accords.overview."""
    page = url_pattern("country")
    for row in rows:
        row["name"] = country_name(row["iso2"], locale, row["name"])
        row["url"] = page.format(row["iso2"])
    return rows


def _label_new_sources(events):
    """Mark the sources added after their event was confirmed: new sources, not news."""
    for event in events:
        for source in event["sources"]:
            source["is_new_source"] = (
                source["created_at"] - event["confirmed_at"] > NEW_SOURCE_AFTER
            )
    return events


def _home_body(locale, map_region):
    summary = overview.overview(overview_rows(selectors.countries_with_status(), locale), locale)
    summary["groups"] = [
        (key, title, rows, fragments.group_items(rows, locale))
        for key, title, rows in summary["groups"]
    ]
    latest = _label_new_sources(selectors.latest_events_with_sources(limit=10))
    for event in latest:
        event["name"] = country_name(event["iso2"], locale, event["name"])
    # The map's region (UTF-8 bytes) is spliced in as bytes: through the template it was
    # decoded and encoded again, 180 KB each way.
    return _render_with_regions(
        "accords/partials/home_body.html",
        {
            "summary": summary,
            "latest": latest,
            "latest_items": fragments.latest_items(latest, locale),
        },
        {"region_html": map_region},
    )


@require_GET
def home(request):
    locale = _locale()
    today = timezone.localdate()
    version = data_version()
    # Only the map itself: the time control's change dates are the map page's.
    map_region = _cached_map_region(today, locale, version, frame=False)
    key = f"home:{version}:{locale}:{today.isoformat()}"
    body = _cached(key, lambda: _home_body(locale, map_region))
    return _page_with_region(request, "accords/home.html", {}, body)


def _country_parts(country, locale):
    """The country's heading and its history, built once per change of the data."""
    events = selectors.country_history(country=country)
    for event in events:
        sources = event["sources"]
        for source in sources:
            source["language_name"] = language_name(source["language"], locale)
        # Where the step came from: how many articles of ours, in how many languages.
        event["article_count"] = sum(1 for s in sources if s["article_id"])
        event["language_count"] = len(
            {s["language"] for s in sources if s["article_id"] and s["language"]}
        )
        event["confirmed_date"] = format_date(event["confirmed_at"], "day", locale)
    region, sub_region = regions.region_of(country.iso2)
    context = {
        "country": country,
        "name": country_name(country.iso2, locale, country.name),
        "events": events,
        "region": country_name(region, locale, "") if region else "",
        "sub_region": country_name(sub_region, locale, "") if sub_region else "",
        "history_items": fragments.history_items(events, locale),
    }
    return (
        render_to_string("accords/partials/country_head.html", context).encode(),
        render_to_string("accords/partials/country_history.html", context).encode(),
    )


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
        if text in {
            name.casefold(),
            country_name(iso2, locale, name).casefold(),
            country_name(iso2, "en", name).casefold(),
        }:
            return iso2
    return None


def _not_found(request, message, suggestions=()):
    return render(request, "404.html", {"message": message, "suggestions": suggestions}, status=404)


@require_GET
def country_detail(request, iso2):
    locale = _locale()
    country = Country.objects.select_related("current_event").filter(iso2=iso2.upper()).first()
    if country is None:
        found = _country_redirect(iso2)
        if found:
            return redirect("country", found, permanent=True)
        return _not_found(
            request, _("There is no country with the code or name “%(code)s”.") % {"code": iso2}
        )
    key = f"country:{data_version()}:{locale}:{country.iso2}:{country.founding}"
    head, history = _cached(key, lambda: _country_parts(country, locale))
    return _page_with_region(
        request,
        "accords/country.html",
        {
            "country": country,
            "name": country_name(country.iso2, locale, country.name),
            # Per reader, so never cached: editors see how many proposals wait.
            "pending": selectors.pending_count(country=country)
            if review.can_review(request.user)
            else None,
            # Readers of a country without a status learn whether news about it waits.
            "pending_news": selectors.pending_count(country=country)
            if not country.current_status
            else None,
        },
        head,
        history_html=history,
    )


def page_not_found(request, exception=None):
    return _not_found(request, _("There is no page at this address."))


@require_GET
def favicon(request):
    return redirect(static("accords/favicon.svg"), permanent=True)


@require_GET
def feed_about(request):
    """The feed for people: what it carries, how to follow it, its latest entries."""
    return render(
        request,
        "accords/feed_about.html",
        {
            "feed_url": request.build_absolute_uri(reverse("feed")),
            "latest": selectors.feed_events(limit=10),
        },
    )


ACCURACY_FILE = Path(__file__).parent / "data" / "parser-accuracy.json"


def parser_accuracy():
    """The parser's measured accuracy (scripts/publish_accuracy.py writes the file)."""
    with open(ACCURACY_FILE, encoding="utf-8") as handle:
        data = json.load(handle)
    locale = _locale()
    data["measured_date"] = datetime.date.fromisoformat(data["measured"])
    data["rows"] = sorted(
        (
            {"code": code, "name": language_name(code, locale), **figures}
            for code, figures in data["languages"].items()
        ),
        key=lambda row: row["name"],
    )
    real = data.get("real_news")
    if real:
        real["measured_date"] = datetime.date.fromisoformat(real["measured"])
        held = real["held_out"]["languages"]
        real["rows"] = sorted(
            (
                {
                    "code": code,
                    "name": language_name(code, locale),
                    "development": figures,
                    "held_out": held.get(code),
                }
                for code, figures in real["development"]["languages"].items()
                if code in data["languages"]
            ),
            key=lambda row: row["name"],
        )
    return data


@require_GET
def method(request):
    return render(request, "accords/method.html", {"accuracy": parser_accuracy()})


DATA_DOCUMENT = Path(__file__).resolve().parent.parent / "docs" / "data.md"


@require_GET
def data_document(request):
    """docs/data.md as the repository holds it (Markdown, shown as plain text): the statuses,
    the reference history and every export's fields."""
    return HttpResponse(
        DATA_DOCUMENT.read_text(encoding="utf-8"), content_type="text/plain; charset=utf-8"
    )


@require_GET
def article_detail(request, pk):
    article = selectors.public_article(article_id=pk)
    if article is None:
        raise Http404("No public article with that number.")
    # What the site cites from the article, never its full text (that stays for editors).
    citations = selectors.article_citations(article=article)
    return render(request, "accords/article.html", {"article": article, "citations": citations})


# --- exports ---------------------------------------------------------------------------


def _as_of(request):
    """The ?as_of= date, None when absent; a malformed one is a 400, not a silent 'today'."""
    value = request.GET.get("as_of", "")
    if not value:
        return None, None
    as_of = _parse_date(value)
    if as_of is None:
        return None, HttpResponse(
            "as_of must be a date written YYYY-MM-DD.\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    return as_of, None


def _export_options(request):
    """?status= (repeatable) keeps those statuses; ?pretty=1 indents the JSON."""
    statuses = tuple(sorted({s for s in request.GET.getlist("status") if s in STATUSES}))
    pretty = request.GET.get("pretty", "") not in ("", "0", "false")
    return statuses, pretty


def _build_export(dataset, fmt, as_of, base_url):
    if dataset == "countries":
        countries = selectors.export_countries()
        states = (
            exports.current_states(countries)
            if as_of is None
            else selectors.statuses_as_of(as_of=as_of)
        )
        rows = exports.country_rows(countries, states, base_url)
    else:
        rows = exports.event_rows(selectors.export_events(as_of=as_of), base_url)
    return exports.render(dataset, fmt, rows, as_of)


@require_GET
def export(request, dataset, fmt):
    as_of, error = _as_of(request)
    if error:
        return error
    statuses, pretty = _export_options(request)
    base_url = request.build_absolute_uri("/").rstrip("/")
    # Cached like the pages: the events export of a large history takes most of a second.
    key = f"export:{data_version()}:{dataset}.{fmt}:{as_of}:{base_url}"
    content, content_type, filename = _cached(
        key, lambda: _build_export(dataset, fmt, as_of, base_url)
    )
    response = HttpResponse(
        exports.narrow(content, content_type, statuses, pretty), content_type=content_type
    )
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
