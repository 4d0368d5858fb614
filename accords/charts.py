"""Pure plotly figure builders: plain rows in, a JSON-serialisable figure dict out.

Figures only: dates, status labels and the founding parties come from ``accords.display``;
the small countries' marker positions from ``accords/data/small-country-centroids.json``.

The builders return ``{"data": [...], "layout": {...}}`` made of dicts, lists, strings and
numbers, ready for ``json_script`` and ``static/accords/charts.js``.  They do not use
``plotly.graph_objects``: validating the traces there costs more than building them, and
the pages never need it.  Measured on this project's 2-core machine with 250 countries x
40 events (10,000 marks, random dates and precisions): ``timeline_figure`` took 75-80
ms cold and 30-32 ms warm (dates cached) when dates were formatted by Babel; they are now
written by ``display.format_date`` from the locale's pattern, several times faster; ``json.dumps`` of the 1.7 MB result about 12 ms; wrapping the same dict in
``plotly.graph_objects.Figure`` would add 150-170 ms.  ``map_figure`` with 250 countries
takes under 1 ms.  ``tests/test_charts.py`` keeps a generous bound on the timeline.

One palette and one legend order for the whole site: ``STATUS_COLORS`` here and the
``.status-<value>`` badges in ``static/accords/site.css`` use the same colours (a test
compares them).
"""

import datetime
import json
from html import escape
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from accords.display import (
    FOUNDING,
    STATUS_LABELS,
    format_date,
    period_end,
    since_text,
    uncertain_on,
)
from accords.extraction.statuses import STATUSES

# Legend order everywhere: the path to membership, the exits, then the founding parties
# (Israel, the United States), which are not a stage on anybody's path.
LEGEND_ORDER = (*STATUSES, FOUNDING)

# Paul Tol's "muted" qualitative scheme: nine colours chosen to stay distinguishable with
# the common colour-vision deficiencies (https://personal.sron.nl/~pault/).  Light fills
# always get a dark outline (marks) or a dark text colour (badges), see STATUS_TEXT_COLORS.
STATUS_COLORS = {
    "prospective": "#88CCEE",  # cyan
    "negotiating": "#44AA99",  # teal
    "announced": "#999933",  # olive
    "signed": "#117733",  # green
    "ratified": "#332288",  # indigo
    "declined": "#CC6677",  # rose
    "suspended": "#DDCC77",  # sand
    "withdrawn": "#882255",  # wine
    FOUNDING: "#AA4499",  # purple
}

# Text on a badge of that colour: whichever of near-black and white gives at least 4.5:1.
STATUS_TEXT_COLORS = {
    "prospective": "#111111",
    "negotiating": "#111111",
    "announced": "#111111",
    "signed": "#FFFFFF",
    "ratified": "#FFFFFF",
    "declined": "#111111",
    "suspended": "#111111",
    "withdrawn": "#FFFFFF",
    FOUNDING: "#FFFFFF",
}

TIMELINE_EMPTY_MESSAGE = _("No confirmed events match these filters.")
MAP_EMPTY_MESSAGE = _("No country had a confirmed status on this date.")

INK = "#1F2328"  # text and outlines; 15.8:1 on white
GRID = "#E4E7EB"
MUTED = "#57606A"  # secondary text; 6.4:1 on white
LAND = "#E4E7EB"  # countries without a status
# A fill too close to the land colour (under 3:1, WCAG's non-text contrast) gets this
# outline, which has 12:1 against the land.
OUTLINE = INK
FONT = {
    "family": 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    "size": 14,
    "color": INK,
}

# Countries too small to see or to point at on a world map (area in the 50 m geometry
# under about 12,000 km²; 1 px is about 35 km at the page's width, so Qatar or Lebanon
# are two or three pixels wide), the ones the geometry does not draw at all, and a few
# too small to point at on a phone: a status on one of them also gets a marker at this
# point (lon, lat).  The data file says where each position comes from.  Neighbours'
# markers may overlap (Bahrain and Qatar are 3 px apart): markers are small and
# `hoverdistance` is 1 px so that each stays reachable from its far side (the browser
# tests hover both).
CENTROIDS_FILE = Path(__file__).parent / "data" / "small-country-centroids.json"


def _load_centroids(path=CENTROIDS_FILE) -> dict[str, tuple[float, float]]:
    with open(path, encoding="utf-8") as handle:
        countries = json.load(handle)["countries"]
    return {iso2: (entry["lon"], entry["lat"]) for iso2, entry in countries.items()}


SMALL_COUNTRY_CENTROIDS = _load_centroids()

# The map's regional views (OWID's region dropdown): the longitudes and latitudes shown.
MAP_VIEWS = {
    "world": {"lataxis": {"range": [-57, 84]}},
    "mena": {"lonaxis": {"range": [-18, 88]}, "lataxis": {"range": [4, 56]}},
    "africa": {"lonaxis": {"range": [-20, 55]}, "lataxis": {"range": [-36, 38]}},
}
MAP_VIEW_LABELS = {
    "world": _("World"),
    "mena": _("Middle East, North Africa and Central Asia"),
    "africa": _("Africa"),
}


def _relative_luminance(hex_color: str) -> float:
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #RRGGBB colours."""
    high, low = sorted((_relative_luminance(a), _relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def needs_outline(status: str) -> bool:
    """A fill under 3:1 against the land is outlined (WCAG 1.4.11, non-text contrast)."""
    return contrast(STATUS_COLORS[status], LAND) < 3


# --- shared pieces ----------------------------------------------------------------------


def _check_status(status: str) -> None:
    if status not in STATUS_COLORS:
        raise ValueError(f"unknown status {status!r}; expected one of {LEGEND_ORDER}")


def _base_layout() -> dict:
    return {
        "font": dict(FONT),
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "hovermode": "closest",
        "hoverlabel": {"font": {"family": FONT["family"], "size": 14}, "align": "left"},
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.0,
            "yanchor": "bottom",
            "traceorder": "normal",
            "font": {"size": 13},
        },
        # A drag would steal the page's scrolling on touch screens; filters and the
        # "as of" control do what zooming would.
        "dragmode": False,
    }


def _ink_hoverlabel(layout: dict) -> dict:
    """Tooltips: ink on white (15.8:1), outlined, whatever the status colour."""
    return {
        **layout["hoverlabel"],
        "bgcolor": "#FFFFFF",
        "bordercolor": INK,
        "font": {"family": FONT["family"], "size": 14, "color": INK},
    }


def _annotation(text: str, **position) -> dict:
    annotation = {
        "text": escape(str(text)),
        "showarrow": False,
        "xref": "paper",
        "yref": "paper",
        "x": 0.5,
        "y": 0.5,
        "font": {"size": 16, "color": INK},
    }
    annotation.update(position)
    return annotation


def _rank() -> dict[str, int]:
    return {status: index for index, status in enumerate(LEGEND_ORDER)}


# --- timeline ---------------------------------------------------------------------------


# Gaps without any step longer than this are cut out of the timeline's axis (a broken
# axis), keeping BREAK_MARGIN on each side: the width goes where the steps are.
BREAK_AFTER = datetime.timedelta(days=365)
BREAK_MARGIN = datetime.timedelta(days=75)
# Marks of one country closer than this share of the visible time are moved apart
# vertically (above and below the row's line) so neither hides the other: on a phone the
# plot is about 260 px wide and a mark 12 px, so marks need about 6 % of the width.
DODGE_SHARE = 0.06
DODGE = 0.32


def _period_start_mid(date: datetime.date, precision: str):
    """The first day and the middle of the period a date stands for."""
    if isinstance(date, datetime.datetime):
        date = date.date()
    if precision == "year":
        start = datetime.date(date.year, 1, 1)
    elif precision == "month":
        start = datetime.date(date.year, date.month, 1)
    else:
        return date, date
    end = period_end(start, precision)
    return start, start + (end - start) / 2


def _breaks(days: list[datetime.date]):
    """Rangebreaks over the long gaps between sorted dates, and the visible days."""
    breaks = []
    for before, after in zip(days, days[1:], strict=False):
        if after - before > BREAK_AFTER:
            breaks.append((before + BREAK_MARGIN, after - BREAK_MARGIN))
    span = (days[-1] - days[0]).days + 2 * BREAK_MARGIN.days
    hidden = sum((end - start).days for start, end in breaks)
    return breaks, max(span - hidden, 1)


def _timeline_rows_by_country(rows, as_of):
    """Each country's events in order, the countries in order (earliest first), their
    names, the founding parties and the sorted days the axis must show."""
    rank = _rank()
    by_country: dict[str, list[tuple[str, int, dict]]] = {}
    names: dict[str, str] = {}
    founders: set[str] = set()
    all_days: set[datetime.date] = set()
    for row in rows:
        _check_status(row["status"])
        date = row["date"].date() if isinstance(row["date"], datetime.datetime) else row["date"]
        # (date, stage, row) once per event: sorting compares ISO strings.
        by_country.setdefault(row["iso2"], []).append((date.isoformat(), rank[row["status"]], row))
        names.setdefault(row["iso2"], row["name"])
        if row.get("founding"):
            founders.add(row["iso2"])
        all_days.add(date)
        if row.get("precision") in ("year", "month"):
            all_days.add(period_end(date, row["precision"]))
    if as_of is not None:
        all_days.add(as_of)
    for events in by_country.values():
        events.sort(key=lambda event: event[:2])
    countries = sorted(by_country, key=lambda iso2: (by_country[iso2][0][:2], names[iso2]))
    return by_country, countries, names, founders, sorted(all_days)


def _timeline_country(index, iso2, events, *, title, founding, dodge_days, text, groups):
    """One country's row: the lines between its stages, the pale periods of steps known to
    a year or month, and a mark per step (moved apart when two would overlap)."""
    spans, periods, marks = groups
    placed = []
    for *_key, event in events:
        precision = event.get("precision") or "day"
        start, middle = _period_start_mid(event["date"], precision)
        placed.append((middle, start, precision, event))
    for earlier, later in zip(placed, placed[1:], strict=False):
        start, end = earlier[0], later[0]
        if start != end:
            span = spans.setdefault(earlier[3]["status"], {"x": [], "y": []})
            span["x"] += [start.isoformat(), end.isoformat(), None]
            span["y"] += [index, index, None]
    previous, offset = None, 0.0
    for middle, start, precision, event in placed:
        status = event["status"]
        group = FOUNDING if founding else status
        if previous is not None and (middle - previous).days < dodge_days:
            offset = -DODGE if offset >= 0 else DODGE
        else:
            offset = 0.0
        previous = middle
        if precision != "day":
            period = periods.setdefault(group, {"x": [], "y": []})
            period["x"] += [start.isoformat(), period_end(start, precision).isoformat(), None]
            period["y"] += [index + offset, index + offset, None]
        mark = marks.setdefault(
            group,
            {
                "x": [],
                "y": [],
                "hovertext": [],
                "customdata": [],
                "iso2": [],
                "symbol": [],
                "statuses": [],
            },
        )
        mark["statuses"].append(status)
        mark["x"].append(middle.isoformat())
        mark["y"].append(index + offset)
        mark["iso2"].append(iso2)
        mark["symbol"].append("circle" if precision == "day" else "diamond")
        lines = [
            title,
            text["labels"][status],
            escape(format_date(event["date"], precision, text["locale"])),
        ]
        outlets = ", ".join(event.get("outlets") or ())
        if outlets:
            lines.append(escape(f"{text['sources']}: {outlets}"))
        mark["hovertext"].append("<br>".join(lines))
        mark["customdata"].append(event.get("url") or "")


def _timeline_traces(spans, periods, marks, labels) -> list[dict]:
    """Lines first so the marks are drawn on top of them, each kind in legend order."""
    data = []
    for role, groups, width in (("span", spans, 4), ("period", periods, 12)):
        for status in LEGEND_ORDER:
            if status in groups:
                trace = {
                    "type": "scatter",
                    "mode": "lines",
                    "x": groups[status]["x"],
                    "y": groups[status]["y"],
                    "line": {"color": STATUS_COLORS[status], "width": width},
                }
                if role == "period":
                    trace["opacity"] = 0.35
                trace.update(
                    {
                        "hoverinfo": "skip",
                        "showlegend": False,
                        "legendgroup": status,
                        "name": labels[status],
                        "meta": {"status": status, "role": role},
                    }
                )
                data.append(trace)
    for status in LEGEND_ORDER:
        if status in marks:
            mark = marks[status]
            symbols = mark["symbol"]
            meta = {"status": status, "role": "events", "iso2": mark["iso2"]}
            if status == FOUNDING:  # the founding parties' marks: the step each one is
                meta["statuses"] = mark["statuses"]
            data.append(
                {
                    "type": "scatter",
                    "mode": "markers",
                    "name": labels[status],
                    "legendgroup": status,
                    "x": mark["x"],
                    "y": mark["y"],
                    "marker": {
                        "color": STATUS_COLORS[status],
                        "size": 12,
                        "line": {"color": INK, "width": 1},
                        # One symbol for the whole trace when it can (smaller JSON).
                        "symbol": symbols[0] if len(set(symbols)) == 1 else symbols,
                    },
                    "hovertext": mark["hovertext"],
                    "hovertemplate": "%{hovertext}<extra></extra>",
                    "customdata": mark["customdata"],
                    "meta": meta,
                }
            )
    return data


def _timeline_xaxis(days, breaks, visible_days, as_of, locale):
    """The date axis, cut where nothing happens, with its dashed cuts and the as-of line."""
    xaxis = {
        "type": "date",
        "showgrid": True,
        "gridcolor": GRID,
        "zeroline": False,
        "automargin": True,
        "fixedrange": True,
        "range": [(days[0] - BREAK_MARGIN).isoformat(), (days[-1] + BREAK_MARGIN).isoformat()],
    }
    if visible_days < 3 * 365:
        # Plotly picks yearly ticks from the whole range, breaks included: with under
        # three years left to show, label quarters instead.
        xaxis.update({"dtick": "M3", "tickformat": "%b %Y"})
    shapes, annotations = [], []
    if breaks:
        xaxis["rangebreaks"] = [
            {"bounds": [start.isoformat(), end.isoformat()]} for start, end in breaks
        ]
    for start, end in breaks:
        # A broken axis says so: a dashed line where the cut is, and its years.
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": start.isoformat(),
                "x1": start.isoformat(),
                "y0": 0,
                "y1": 1,
                "line": {"color": MUTED, "width": 1, "dash": "dot"},
            }
        )
        annotations.append(
            {
                "text": escape(
                    str(_("no steps %(start)s–%(end)s") % {"start": start.year, "end": end.year})
                ),
                "xref": "x",
                "yref": "paper",
                "x": start.isoformat(),
                "y": 0.5,
                "textangle": -90,
                "xanchor": "left",
                "yanchor": "middle",
                "showarrow": False,
                "bgcolor": "rgba(255,255,255,0.85)",
                "font": {"size": 11, "color": MUTED},
            }
        )
    if as_of is not None:
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": as_of.isoformat(),
                "x1": as_of.isoformat(),
                "y0": 0,
                "y1": 1,
                "line": {"color": INK, "width": 2},
            }
        )
        annotations.append(
            {
                "text": escape(format_date(as_of, "day", locale)),
                "xref": "x",
                "yref": "paper",
                "x": as_of.isoformat(),
                "y": 1,
                "xanchor": "right",
                "yanchor": "top",
                "showarrow": False,
                "bgcolor": "#FFFFFF",
                "font": {"size": 12, "color": INK},
            }
        )
    return xaxis, shapes, annotations


def _timeline_layout(countries, names, founders, axis) -> dict:
    xaxis, shapes, annotations = axis
    layout = _base_layout()
    layout.update(
        {
            "height": 130 + 30 * len(countries),
            "margin": {"l": 8, "r": 16, "t": 56, "b": 48},
            "xaxis": xaxis,
            "yaxis": {
                "type": "linear",
                "range": [len(countries) - 0.5, -0.5],  # the earliest country on top
                "tickmode": "array",
                "tickvals": list(range(len(countries))),
                "ticktext": [
                    f"<b>{escape(names[iso2])}</b>" if iso2 in founders else escape(names[iso2])
                    for iso2 in countries
                ],
                "showgrid": True,
                "gridcolor": GRID,
                "zeroline": False,
                "automargin": True,
                "fixedrange": True,
            },
            "meta": {"countries": countries},
            "hoverlabel": _ink_hoverlabel(layout),
        }
    )
    if shapes:
        layout["shapes"] = shapes
    if annotations:
        layout["annotations"] = annotations
    return layout


def timeline_figure(
    rows: list[dict],
    *,
    locale: str = "en",
    empty_message: str | None = None,
    as_of: datetime.date | None = None,
) -> dict:
    """One row per country (earliest first), one mark per confirmed event.

    rows: ``{"iso2", "name", "status", "date", "precision", "outlets": [str], "url",
    "founding" (optional)}``.  A line joins a country's consecutive stages, in the colour
    of the earlier stage, so the chart reads like a Gantt chart of how long each status
    lasted.  A step known only to its year or month is drawn as a pale bar over that
    period with its mark in the middle, never on 1 January.  The founding parties' marks
    take the founding colour, as on the map.  Long stretches without any step are cut
    out of the axis (``xaxis.rangebreaks``), and a country's marks that would overlap are
    moved apart vertically.  Each mark's ``customdata`` is the country page's URL
    (charts.js opens it on click); ``meta.iso2`` names each mark's country.  ``as_of``
    draws a line at that date.
    """
    with translation.override(locale):
        if not rows:
            return _empty_timeline(empty_message or TIMELINE_EMPTY_MESSAGE)
        labels = {status: escape(str(label)) for status, label in STATUS_LABELS.items()}
        text = {"labels": labels, "sources": str(_("Sources")), "locale": locale}
        by_country, countries, names, founders, days = _timeline_rows_by_country(rows, as_of)
        breaks, visible_days = _breaks(days)
        groups = ({}, {}, {})  # spans, periods, marks: {status: {"x": [...], ...}}
        for index, iso2 in enumerate(countries):
            title = f"<b>{escape(names[iso2])}</b>"
            if iso2 in founders:
                title += f" ({labels[FOUNDING]})"
            _timeline_country(
                index,
                iso2,
                by_country[iso2],
                title=title,
                founding=iso2 in founders,
                dodge_days=visible_days * DODGE_SHARE,
                text=text,
                groups=groups,
            )
        axis = _timeline_xaxis(days, breaks, visible_days, as_of, locale)
        return {
            "data": _timeline_traces(*groups, labels),
            "layout": _timeline_layout(countries, names, founders, axis),
        }


def _empty_timeline(message) -> dict:
    layout = _base_layout()
    layout.update(
        {
            "height": 220,
            "margin": {"l": 8, "r": 8, "t": 8, "b": 8},
            "xaxis": {"visible": False},
            "yaxis": {"visible": False},
            "annotations": [_annotation(message)],
            "meta": {"empty": True},
        }
    )
    return {"data": [], "layout": layout}


# --- map --------------------------------------------------------------------------------


def _map_groups(rows, as_of, locale, labels):
    """The countries' shapes and the small countries' markers, grouped by (status, whether
    the step is only maybe reached on ``as_of``), with their hover text and links."""
    maybe_label = str(_("known only to the period: it may not have happened yet on this date"))
    # Hover text: plotly renders a subset of HTML, so every piece of data is escaped; the
    # lines many countries share (their status, "maybe") are escaped once.
    status_lines = {
        status: f"<br>{escape(label)}" if label else "" for status, label in labels.items()
    }
    maybe_line = f"<br>{escape(maybe_label)}" if maybe_label else ""
    rank = _rank()
    areas: dict[tuple[str, bool], dict[str, list]] = {}
    points: dict[tuple[str, bool], dict[str, list]] = {}
    for row in sorted(rows, key=lambda row: (rank.get(row["status"], -1), row["iso3"])):
        status = row["status"]
        _check_status(status)
        uncertain = uncertain_on(row, as_of)
        since = since_text(row.get("since"), row.get("precision"), locale)
        hovertext = (
            f"<b>{escape(row['name'])}</b>{status_lines[status]}"
            + (f"<br>{escape(since)}" if since else "")
            + (maybe_line if uncertain else "")
        )
        url = row.get("url") or ""
        key = (status, uncertain)
        area = areas.get(key)
        if area is None:  # (not setdefault: it would build the lists for every country)
            area = areas[key] = {"locations": [], "hovertext": [], "customdata": []}
        area["locations"].append(row["iso3"])
        area["hovertext"].append(hovertext)
        area["customdata"].append(url)
        centroid = row.get("point") or SMALL_COUNTRY_CENTROIDS.get(row["iso2"])
        if centroid:
            point = points.get(key)
            if point is None:
                point = points[key] = {
                    "lon": [],
                    "lat": [],
                    "hovertext": [],
                    "customdata": [],
                    "iso2": [],
                }
            point["lon"].append(centroid[0])
            point["lat"].append(centroid[1])
            point["hovertext"].append(hovertext)
            point["customdata"].append(url)
            point["iso2"].append(row["iso2"])
    return areas, points


def _choropleth(status, uncertain, area, label, in_legend) -> dict:
    color = STATUS_COLORS[status]
    outline = needs_outline(status)
    return {
        "type": "choropleth",
        "locationmode": "ISO-3",
        "locations": area["locations"],
        # One colour per trace: a constant z on a one-colour scale.
        "z": [1] * len(area["locations"]),
        "zmin": 0,
        "zmax": 1,
        "colorscale": [[0, color], [1, color]],
        "autocolorscale": False,
        "showscale": False,
        "marker": {
            "line": {"color": OUTLINE if outline else "#FFFFFF", "width": 0.8 if outline else 0.6},
            "opacity": 0.45 if uncertain else 1,
        },
        "name": label,
        "legendgroup": status,
        "showlegend": in_legend,
        "hovertext": area["hovertext"],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "customdata": area["customdata"],
        "meta": {"status": status, "role": "countries", "uncertain": uncertain},
    }


def _markers(status, uncertain, point, label, in_legend) -> dict:
    return {
        "type": "scattergeo",
        "mode": "markers",
        "lon": point["lon"],
        "lat": point["lat"],
        "marker": {
            "color": STATUS_COLORS[status],
            "size": 9,  # see SMALL_COUNTRY_CENTROIDS on neighbours
            "line": {"color": INK, "width": 1.2},
            "opacity": 0.6 if uncertain else 1,
        },
        "name": label,
        "legendgroup": status,
        "showlegend": in_legend,
        "hovertext": point["hovertext"],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "customdata": point["customdata"],
        "meta": {
            "status": status,
            "role": "small-countries",
            "iso2": point["iso2"],
            "uncertain": uncertain,
        },
    }


def _map_traces(areas, points, labels) -> list[dict]:
    """Shapes in legend order, then markers; each status named once in the legend."""
    data, shown = [], set()
    # Neighbours' markers overlap on a phone (Bahrain inside the UAE's); where two are
    # equally near the pointer plotly shows the later trace's, so the later stages
    # (bigger, earlier members) are drawn first and the candidates' markers last.
    for groups, order, build in (
        (areas, LEGEND_ORDER, _choropleth),
        (points, tuple(reversed(LEGEND_ORDER)), _markers),
    ):
        for status in order:
            for uncertain in (False, True):
                if (status, uncertain) in groups:
                    data.append(
                        build(
                            status,
                            uncertain,
                            groups[(status, uncertain)],
                            labels[status],
                            status not in shown,
                        )
                    )
                    shown.add(status)
    return data


def _map_layout(view) -> dict:
    layout = _base_layout()
    geo = {
        "projection": {"type": "natural earth"},
        "resolution": 50,
        "fitbounds": False,
        "showframe": False,
        "showcoastlines": False,
        "showcountries": True,
        "countrycolor": "#FFFFFF",
        "countrywidth": 0.6,
        "showland": True,
        "landcolor": LAND,
        "showocean": False,
        "showlakes": False,
        "showrivers": False,
        "bgcolor": "rgba(0,0,0,0)",
    }
    # Antarctica holds no status and would take a sixth of the height.
    geo.update(MAP_VIEWS.get(view) or MAP_VIEWS["world"])
    layout.update(
        {
            "margin": {"l": 0, "r": 0, "t": 4, "b": 0},
            # plotly scores a choropleth hover at `hoverdistance` px and a marker at its
            # distance from the pointer: with the default 20 a marker would win all over its
            # neighbours (Bahrain's over Qatar).  1 px: a marker takes the hover only under
            # the pointer, the country shape everywhere else.
            "hoverdistance": 1,
            "hoverlabel": _ink_hoverlabel(layout),
            "geo": geo,
            # The legend right under the map, next to the data it explains.
            "legend": {
                **layout["legend"],
                "y": 0,
                "yanchor": "top",
                "itemclick": False,
                "itemdoubleclick": False,
            },
            "meta": {"view": view if view in MAP_VIEWS else "world"},
        }
    )
    return layout


def _map_notes(data, layout, as_of, locale, empty_message) -> None:
    """The "As of" label, and on an empty map the grey world and a message."""
    annotations = []
    if as_of is not None:
        annotations.append(
            _annotation(
                _("As of %(date)s") % {"date": format_date(as_of, "day", locale)},
                x=0,
                y=0,
                xanchor="left",
                yanchor="bottom",
                font={"size": 13, "color": INK},
                bgcolor="rgba(255,255,255,0.85)",
            )
        )
    if not data:
        # An empty geo trace so the (grey) world is still drawn under the message.
        data.append(
            {"type": "scattergeo", "lon": [], "lat": [], "showlegend": False, "hoverinfo": "skip"}
        )
        annotations.append(
            _annotation(
                empty_message or MAP_EMPTY_MESSAGE, bgcolor="rgba(255,255,255,0.9)", borderpad=8
            )
        )
        layout["meta"]["empty"] = True
    if annotations:
        layout["annotations"] = annotations


def map_figure(
    rows: list[dict],
    *,
    as_of: datetime.date | None = None,
    locale: str = "en",
    empty_message: str | None = None,
    view: str = "world",
) -> dict:
    """A world map coloured by each country's status (one legend entry per status).

    rows: ``{"iso2", "iso3", "name", "status" (or "founding"), "since": date | None,
    "precision", "url"}``.  Countries in ``SMALL_COUNTRY_CENTROIDS`` (Israel, Bahrain,
    Singapore, Qatar, ...) also get an outlined marker at their centre, so they can be seen,
    hovered and tapped at world zoom on a phone.  A step known only to its year or month
    whose period contains ``as_of`` is drawn paler (it may not have happened yet on that
    day) and says so on hover.  Fills too light to stand out from the land are outlined.
    ``view`` is one of ``MAP_VIEWS``.  The geometry is ``world_50m.json``: Bahrain is not in
    the 110 m file, so ``geo.resolution`` must stay 50.
    """
    with translation.override(locale):
        labels = {status: str(label) for status, label in STATUS_LABELS.items()}
        areas, points = _map_groups(rows, as_of, locale, labels)
        data = _map_traces(areas, points, labels)
        layout = _map_layout(view)
        _map_notes(data, layout, as_of, locale, empty_message)
        return {"data": data, "layout": layout}
