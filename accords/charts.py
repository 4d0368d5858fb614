"""Pure plotly figure builders: plain rows in, a JSON-serialisable figure dict out.

The builders return ``{"data": [...], "layout": {...}}`` made of dicts, lists, strings and
numbers, ready for ``json_script`` and ``static/accords/charts.js``.  They do not use
``plotly.graph_objects``: validating the traces there costs more than building them, and
the pages never need it.  Measured on this project's 2-core machine with 250 countries x
40 events (10,000 marks, random dates and precisions): ``timeline_figure`` takes 75-80
ms cold (each distinct date formatted by Babel once, ~5 us a date) and 30-32 ms warm
(dates cached); ``json.dumps`` of the 1.7 MB result about 12 ms; wrapping the same dict in
``plotly.graph_objects.Figure`` would add 150-170 ms.  ``map_figure`` with 250 countries
takes under 1 ms.  ``tests/test_charts.py`` keeps a generous bound on the timeline.

One palette and one legend order for the whole site: ``STATUS_COLORS`` here and the
``.status-<value>`` badges in ``static/accords/site.css`` use the same colours (a test
compares them).
"""

import datetime
import functools
from html import escape

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from accords.extraction.statuses import PRECISIONS, STATUSES
from accords.models import STATUS_LABELS as MODEL_STATUS_LABELS

FOUNDING = "founding"

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

# The models' labels, so one translation serves the admin, the pages and the charts.
STATUS_LABELS = {**MODEL_STATUS_LABELS, FOUNDING: _("Founding party")}

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
# are two or three pixels wide), plus the ones the geometry does not draw at all.  A
# status on one of them also gets a marker at this point (lon, lat).  Generated once from
# static/vendor/topojson/world_50m.json (the "ct" property plotly ships: the centre of
# the largest piece); the last five by hand.  Neighbours' markers may overlap (Bahrain
# and Qatar are 3 px apart): markers are small and `hoverdistance` is 1 px so that each
# stays reachable from its far side (tests/test_charts.py hovers both).
SMALL_COUNTRY_CENTROIDS = {
    "AD": (1.57, 42.54),  # Andorra, 500 km²
    "AG": (-61.8, 17.08),  # Antigua and Barbuda, 470 km²
    "AI": (-63.06, 18.21),  # Anguilla, 90 km²
    "AS": (-170.72, -14.3),  # American Samoa, 230 km²
    "AW": (-69.97, 12.51),  # Aruba, 200 km²
    "AX": (19.97, 60.21),  # Åland Islands, 990 km²
    "BB": (-59.55, 13.17),  # Barbados, 500 km²
    "BH": (50.55, 26.04),  # Bahrain, 580 km²
    "BL": (-62.83, 17.9),  # Saint Barthélemy, 30 km²
    "BM": (-64.79, 32.29),  # Bermuda, 40 km²
    "BN": (114.63, 4.5),  # Brunei Darussalam, 5,800 km²
    "BQ": (-68.26, 12.16),  # Bonaire, Sint Eustatius and Saba, 250 km²
    "BV": (3.41, -54.43),  # Bouvet Island, 50 km²
    "CC": (96.83, -12.18),  # Cocos (Keeling) Islands, 30 km²
    "CK": (-159.77, -21.23),  # Cook Islands, 210 km²
    "CV": (-23.63, 15.09),  # Cabo Verde, 4,340 km²
    "CW": (-68.97, 12.2),  # Curaçao, 550 km²
    "CX": (105.64, -10.48),  # Christmas Island, 160 km²
    "CY": (33.21, 35.05),  # Cyprus, 9,850 km²
    "DM": (-61.35, 15.43),  # Dominica, 800 km²
    "FK": (-58.78, -51.76),  # Falkland Islands (Malvinas), 11,550 km²
    "FM": (158.23, 6.88),  # Micronesia, Federated States of, 600 km²
    "FO": (-7.0, 62.13),  # Faroe Islands, 1,540 km²
    "GD": (-61.69, 12.11),  # Grenada, 390 km²
    "GG": (-2.58, 49.46),  # Guernsey, 70 km²
    "GI": (-5.35, 36.14),  # Gibraltar, 0 km²
    "GM": (-15.41, 13.46),  # Gambia, 10,870 km²
    "GP": (-61.6, 16.21),  # Guadeloupe, 1,730 km²
    "GS": (-36.67, -54.38),  # South Georgia and the South Sandwich Islands, 4,030 km²
    "GU": (144.78, 13.43),  # Guam, 640 km²
    "HK": (114.12, 22.42),  # Hong Kong, 630 km²
    "HM": (73.53, -53.1),  # Heard Island and McDonald Islands, 390 km²
    "IM": (-4.53, 54.23),  # Isle of Man, 620 km²
    "JE": (-2.13, 49.21),  # Jersey, 140 km²
    "JM": (-77.28, 18.15),  # Jamaica, 10,830 km²
    "KI": (-157.63, 1.84),  # Kiribati, 1,210 km²
    "KM": (43.36, -11.66),  # Comoros, 1,900 km²
    "KN": (-62.76, 17.34),  # Saint Kitts and Nevis, 300 km²
    "KY": (-81.27, 19.32),  # Cayman Islands, 370 km²
    "LB": (35.9, 33.92),  # Lebanon, 10,650 km²
    "LC": (-60.97, 13.89),  # Saint Lucia, 640 km²
    "LI": (9.55, 47.14),  # Liechtenstein, 160 km²
    "LU": (6.08, 49.78),  # Luxembourg, 2,500 km²
    "MC": (7.42, 43.74),  # Monaco, 0 km²
    "MF": (-63.06, 18.08),  # Saint Martin (French part), 40 km²
    "MH": (171.1, 7.12),  # Marshall Islands, 330 km²
    "MO": (113.56, 22.14),  # Macao, 20 km²
    "MP": (145.76, 15.19),  # Northern Mariana Islands, 520 km²
    "MQ": (-61.02, 14.65),  # Martinique, 1,190 km²
    "MS": (-62.19, 16.74),  # Montserrat, 110 km²
    "MT": (14.44, 35.89),  # Malta, 340 km²
    "MU": (57.57, -20.28),  # Mauritius, 2,210 km²
    "MV": (73.54, 4.21),  # Maldives, 220 km²
    "NF": (167.95, -29.03),  # Norfolk Island, 40 km²
    "NR": (166.92, -0.53),  # Nauru, 20 km²
    "NU": (-169.86, -19.05),  # Niue, 270 km²
    "PF": (-149.39, -17.69),  # French Polynesia, 3,880 km²
    "PM": (-56.33, 46.94),  # Saint Pierre and Miquelon, 330 km²
    "PN": (-128.32, -24.38),  # Pitcairn, 50 km²
    "PR": (-66.48, 18.22),  # Puerto Rico, 9,050 km²
    "PS": (35.26, 31.94),  # Palestine, State of, 6,200 km² (West Bank; Gaza is the smaller part)
    "PW": (134.57, 7.51),  # Palau, 490 km²
    "QA": (51.2, 25.29),  # Qatar, 11,660 km²
    "RE": (55.54, -21.13),  # Réunion, 2,660 km²
    "SC": (55.47, -4.69),  # Seychelles, 440 km²
    "SG": (103.78, 1.38),  # Singapore, 430 km²
    "SH": (-5.7, -15.96),  # Saint Helena, Ascension and Tristan da Cunha, 410 km²
    "ST": (6.61, 0.24),  # Sao Tome and Principe, 1,050 km²
    "SX": (-63.07, 18.04),  # Sint Maarten (Dutch part), 40 km²
    "TC": (-72.25, 21.8),  # Turks and Caicos Islands, 510 km²
    "TF": (69.5, -49.31),  # French Southern Territories, 6,880 km²
    "TK": (-171.82, -9.17),  # Tokelau, 220 km²
    "TO": (-175.2, -21.17),  # Tonga, 700 km²
    "TT": (-61.28, 10.41),  # Trinidad and Tobago, 5,410 km²
    "TV": (179.18, -8.5),  # Tuvalu, 20 km²
    "VC": (-61.19, 13.25),  # Saint Vincent and the Grenadines, 420 km²
    "VG": (-64.63, 18.42),  # Virgin Islands, British, 170 km²
    "VI": (-64.77, 17.73),  # Virgin Islands, U.S., 360 km²
    "WS": (-172.44, -13.62),  # Samoa, 2,950 km²
    "YT": (45.13, -12.83),  # Mayotte, 420 km²
    # Not in the geometry at all:
    "VA": (12.45, 41.9),  # Holy See
    "SM": (12.46, 43.94),  # San Marino
    "WF": (-176.2, -13.28),  # Wallis and Futuna
    "IO": (72.42, -7.33),  # British Indian Ocean Territory
    "XK": (20.9, 42.6),  # Kosovo (not in ISO 3166-1; part of Serbia in the UN geometry)
    # Too small to point at on a phone (390 px: 1 px is about 100 km), and where the
    # history happens; a marker is drawn only for a country with a status.
    "IL": (34.85, 31.05),  # Israel, 22,000 km² (the Negev's north, clear of Palestine's marker)
    "KW": (47.6, 29.3),  # Kuwait, 17,800 km²
    "DJ": (42.6, 11.75),  # Djibouti, 23,200 km²
    "SZ": (31.5, -26.5),  # Eswatini, 17,400 km²
    "SI": (14.8, 46.1),  # Slovenia, 20,300 km²
    "ME": (19.25, 42.75),  # Montenegro, 13,800 km²
    "SV": (-88.9, 13.75),  # El Salvador, 21,000 km²
    "BZ": (-88.7, 17.2),  # Belize, 23,000 km²
    "FJ": (178.0, -17.8),  # Fiji, 18,300 km²
    "TL": (125.9, -8.8),  # Timor-Leste, 14,900 km²
    "VU": (167.7, -15.4),  # Vanuatu, 12,200 km²
    "BS": (-77.9, 24.3),  # Bahamas, 13,900 km²
    "AE": (54.3, 23.9),  # United Arab Emirates, 83,600 km²
    "JO": (36.8, 31.2),  # Jordan, 89,000 km²
    "AZ": (47.7, 40.3),  # Azerbaijan, 86,600 km²
}

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


def period_end(date: datetime.date, precision: str) -> datetime.date:
    """The last day of the period a date stands for: 31 December for "2020"."""
    if precision == "year":
        return datetime.date(date.year, 12, 31)
    if precision == "month":
        following = datetime.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        return following - datetime.timedelta(days=1)
    return date


# --- dates -----------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _babel_locale(locale: str) -> Locale:
    """A Babel locale for a Django language code ("en", "id", "pt-br", "zh-hans")."""
    code = (locale or "en").replace("-", "_")
    # The site's English is British: "15 September 2020", not "September 15, 2020".
    if code.lower() == "en":
        code = "en_GB"
    for candidate in (code, code.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en_GB")


@functools.lru_cache(maxsize=8192)
def _format_date(date: datetime.date, precision: str, locale: str) -> str:
    babel_locale = _babel_locale(locale)
    if precision == "year":
        return format_skeleton("y", date, locale=babel_locale)
    if precision == "month":
        # The stand-alone month: Russian "сентябрь 2020", not the genitive "сентября".
        return format_skeleton("yMMMM", date, locale=babel_locale)
    return babel_format_date(date, "long", locale=babel_locale)


def format_date(date: datetime.date, precision: str, locale: str = "en") -> str:
    """The date as precisely as it is known: "2020", "September 2020", "15 September 2020".

    Indonesian: "2020", "Desember 2020", "15 Desember 2020".  Babel formats take about
    0.1 ms each, so results are cached (a timeline repeats the same dates many times).
    """
    if isinstance(date, datetime.datetime):
        date = date.date()
    if precision not in PRECISIONS:
        raise ValueError(f"unknown date precision {precision!r}; expected one of {PRECISIONS}")
    return _format_date(date, precision, locale or "en")


# --- shared pieces ----------------------------------------------------------------------


def _date_range(rows):
    """The x range with a margin of a sixth of the span, at least three months each side:
    left to itself plotly zooms a single date down to milliseconds."""
    dates = [row["date"].date() if isinstance(row["date"], datetime.datetime) else row["date"]
             for row in rows]
    first, last = min(dates), max(dates)
    margin = max(datetime.timedelta(days=92), (last - first) / 6)
    return [_iso(first - margin), _iso(last + margin)]


def _check_status(status: str) -> None:
    if status not in STATUS_COLORS:
        raise ValueError(f"unknown status {status!r}; expected one of {LEGEND_ORDER}")


def _iso(date: datetime.date) -> str:
    if isinstance(date, datetime.datetime):
        date = date.date()
    return date.isoformat()


def _hover(*lines: str) -> str:
    """Hover text: plotly renders a subset of HTML, so every piece of data is escaped."""
    title, *rest = lines
    return "<br>".join([f"<b>{escape(title)}</b>", *(escape(line) for line in rest if line)])


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
        sources_label = str(_("Sources"))
        labels = {status: escape(str(label)) for status, label in STATUS_LABELS.items()}
        founding_label = labels[FOUNDING]
        rank = {status: index for index, status in enumerate(LEGEND_ORDER)}
        # (date, stage, row) once per event: sorting compares ISO strings.
        by_country: dict[str, list[tuple[str, int, dict]]] = {}
        names: dict[str, str] = {}
        founders: set[str] = set()
        all_days: set[datetime.date] = set()
        for row in rows:
            _check_status(row["status"])
            date = row["date"].date() if isinstance(row["date"], datetime.datetime) else row["date"]
            by_country.setdefault(row["iso2"], []).append(
                (date.isoformat(), rank[row["status"]], row)
            )
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
        days = sorted(all_days)
        breaks, visible_days = _breaks(days)
        dodge_days = visible_days * DODGE_SHARE

        spans: dict[str, dict[str, list]] = {}
        periods: dict[str, dict[str, list]] = {}
        marks: dict[str, dict[str, list]] = {}
        for index, iso2 in enumerate(countries):
            events = by_country[iso2]
            title = f"<b>{escape(names[iso2])}</b>"
            if iso2 in founders:
                title += f" ({founding_label})"
            placed = []
            for _day, _rank, event in events:
                precision = event.get("precision") or "day"
                start, middle = _period_start_mid(event["date"], precision)
                placed.append((middle, start, precision, event))
            for (start, _s, _p, earlier), (end, _s2, _p2, _later) in zip(
                placed, placed[1:], strict=False
            ):
                if start == end:
                    continue
                span = spans.setdefault(earlier["status"], {"x": [], "y": []})
                span["x"] += [start.isoformat(), end.isoformat(), None]
                span["y"] += [index, index, None]
            previous = None
            offset = 0.0
            for middle, start, precision, event in placed:
                status = event["status"]
                group = FOUNDING if iso2 in founders else status
                if previous is not None and (middle - previous).days < dodge_days:
                    offset = -DODGE if offset >= 0 else DODGE
                else:
                    offset = 0.0
                previous = middle
                if precision != "day":
                    period = periods.setdefault(group, {"x": [], "y": []})
                    period["x"] += [start.isoformat(),
                                    period_end(start, precision).isoformat(), None]
                    period["y"] += [index + offset, index + offset, None]
                mark = marks.setdefault(
                    group, {"x": [], "y": [], "hovertext": [], "customdata": [], "iso2": [],
                            "symbol": [], "statuses": []}
                )
                mark["statuses"].append(status)
                mark["x"].append(middle.isoformat())
                mark["y"].append(index + offset)
                mark["iso2"].append(iso2)
                mark["symbol"].append("circle" if precision == "day" else "diamond")
                lines = [
                    title,
                    labels[status],
                    escape(format_date(event["date"], precision, locale)),
                ]
                outlets = ", ".join(event.get("outlets") or ())
                if outlets:
                    lines.append(escape(f"{sources_label}: {outlets}"))
                mark["hovertext"].append("<br>".join(lines))
                mark["customdata"].append(event.get("url") or "")

        data = []
        # Lines first so the marks are drawn on top of them.
        for status in LEGEND_ORDER:
            if status in spans:
                data.append(
                    {
                        "type": "scatter",
                        "mode": "lines",
                        "x": spans[status]["x"],
                        "y": spans[status]["y"],
                        "line": {"color": STATUS_COLORS[status], "width": 4},
                        "hoverinfo": "skip",
                        "showlegend": False,
                        "legendgroup": status,
                        "name": labels[status],
                        "meta": {"status": status, "role": "span"},
                    }
                )
        for status in LEGEND_ORDER:
            if status in periods:
                data.append(
                    {
                        "type": "scatter",
                        "mode": "lines",
                        "x": periods[status]["x"],
                        "y": periods[status]["y"],
                        "line": {"color": STATUS_COLORS[status], "width": 12},
                        "opacity": 0.35,
                        "hoverinfo": "skip",
                        "showlegend": False,
                        "legendgroup": status,
                        "name": labels[status],
                        "meta": {"status": status, "role": "period"},
                    }
                )
        for status in LEGEND_ORDER:
            if status in marks:
                symbols = marks[status]["symbol"]
                data.append(
                    {
                        "type": "scatter",
                        "mode": "markers",
                        "name": labels[status],
                        "legendgroup": status,
                        "x": marks[status]["x"],
                        "y": marks[status]["y"],
                        "marker": {
                            "color": STATUS_COLORS[status],
                            "size": 12,
                            "line": {"color": INK, "width": 1},
                            # One symbol for the whole trace when it can (smaller JSON).
                            "symbol": symbols[0] if len(set(symbols)) == 1 else symbols,
                        },
                        "hovertext": marks[status]["hovertext"],
                        "hovertemplate": "%{hovertext}<extra></extra>",
                        "customdata": marks[status]["customdata"],
                        "meta": {"status": status, "role": "events",
                                 "iso2": marks[status]["iso2"],
                                 # The founding parties' marks: the step each one is.
                                 **({"statuses": marks[status]["statuses"]}
                                    if status == FOUNDING else {})},
                    }
                )

        first, last = days[0], days[-1]
        xaxis = {
            "type": "date",
            "showgrid": True,
            "gridcolor": GRID,
            "zeroline": False,
            "automargin": True,
            "fixedrange": True,
            "range": [(first - BREAK_MARGIN).isoformat(), (last + BREAK_MARGIN).isoformat()],
        }
        if visible_days < 3 * 365:
            # Plotly picks yearly ticks from the whole range, breaks included: with under
            # three years left to show, label quarters instead.
            xaxis.update({"dtick": "M3", "tickformat": "%b %Y"})
        shapes = []
        annotations = []
        if breaks:
            xaxis["rangebreaks"] = [
                {"bounds": [start.isoformat(), end.isoformat()]} for start, end in breaks]
            for start, end in breaks:
                # A broken axis says so: a dashed line where the cut is, and its years.
                shapes.append({"type": "line", "xref": "x", "yref": "paper",
                               "x0": start.isoformat(), "x1": start.isoformat(),
                               "y0": 0, "y1": 1,
                               "line": {"color": MUTED, "width": 1, "dash": "dot"}})
                annotations.append({
                    "text": escape(str(_("no steps %(start)s–%(end)s") % {
                        "start": start.year, "end": end.year})),
                    "xref": "x", "yref": "paper", "x": start.isoformat(), "y": 0.5,
                    "textangle": -90, "xanchor": "left", "yanchor": "middle",
                    "showarrow": False, "bgcolor": "rgba(255,255,255,0.85)",
                    "font": {"size": 11, "color": MUTED},
                })
        if as_of is not None:
            shapes.append({"type": "line", "xref": "x", "yref": "paper",
                           "x0": as_of.isoformat(), "x1": as_of.isoformat(), "y0": 0, "y1": 1,
                           "line": {"color": INK, "width": 2}})
            annotations.append({
                "text": escape(format_date(as_of, "day", locale)),
                "xref": "x", "yref": "paper", "x": as_of.isoformat(), "y": 1,
                "xanchor": "right", "yanchor": "top", "showarrow": False,
                "bgcolor": "#FFFFFF", "font": {"size": 12, "color": INK},
            })

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
                        f"<b>{escape(names[iso2])}</b>" if iso2 in founders
                        else escape(names[iso2]) for iso2 in countries],
                    "showgrid": True,
                    "gridcolor": GRID,
                    "zeroline": False,
                    "automargin": True,
                    "fixedrange": True,
                },
                "meta": {"countries": countries},
                # Tooltips: ink on white (15.8:1), outlined, whatever the status colour.
                "hoverlabel": {
                    **layout["hoverlabel"],
                    "bgcolor": "#FFFFFF",
                    "bordercolor": INK,
                    "font": {"family": FONT["family"], "size": 14, "color": INK},
                },
            }
        )
        if shapes:
            layout["shapes"] = shapes
        if annotations:
            layout["annotations"] = annotations
        return {"data": data, "layout": layout}


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


def needs_outline(status: str) -> bool:
    """A fill under 3:1 against the land is outlined (WCAG 1.4.11, non-text contrast)."""
    return contrast(STATUS_COLORS[status], LAND) < 3


def since_text(date, precision, locale="en"):
    """ "since 15 September 2020", but "in 2020" for a step known only to its year."""
    if date is None:
        return ""
    text = format_date(date, precision or "day", locale)
    with translation.override(locale):
        if (precision or "day") == "day":
            return str(_("since %(date)s")) % {"date": text}
        return str(_("in %(date)s")) % {"date": text}


def uncertain_on(row, as_of) -> bool:
    """Whether the date shown falls inside the period a step is known to (its year or
    month): on 1 March 2020 a step "in 2020" may not have happened yet."""
    since = row.get("since")
    precision = row.get("precision") or "day"
    if as_of is None or since is None or precision == "day":
        return False
    return as_of < period_end(since, precision)


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
        maybe_label = str(_("known only to the period: it may not have happened yet on "
                            "this date"))
        rank = {status: index for index, status in enumerate(LEGEND_ORDER)}
        areas: dict[tuple[str, bool], dict[str, list]] = {}
        points: dict[tuple[str, bool], dict[str, list]] = {}
        for row in sorted(rows, key=lambda row: (rank.get(row["status"], -1), row["iso3"])):
            status = row["status"]
            _check_status(status)
            uncertain = uncertain_on(row, as_of)
            hovertext = _hover(
                row["name"],
                labels[status],
                since_text(row.get("since"), row.get("precision"), locale),
                maybe_label if uncertain else "",
            )
            url = row.get("url") or ""
            key = (status, uncertain)
            area = areas.setdefault(key, {"locations": [], "hovertext": [], "customdata": []})
            area["locations"].append(row["iso3"])
            area["hovertext"].append(hovertext)
            area["customdata"].append(url)
            centroid = row.get("point") or SMALL_COUNTRY_CENTROIDS.get(row["iso2"])
            if centroid:
                point = points.setdefault(
                    key, {"lon": [], "lat": [], "hovertext": [], "customdata": [], "iso2": []}
                )
                point["lon"].append(centroid[0])
                point["lat"].append(centroid[1])
                point["hovertext"].append(hovertext)
                point["customdata"].append(url)
                point["iso2"].append(row["iso2"])

        data = []
        shown_in_legend = set()
        for status in LEGEND_ORDER:
            for uncertain in (False, True):
                if (status, uncertain) not in areas:
                    continue
                area = areas[(status, uncertain)]
                color = STATUS_COLORS[status]
                outline = needs_outline(status)
                data.append(
                    {
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
                            "line": {"color": OUTLINE if outline else "#FFFFFF",
                                     "width": 0.8 if outline else 0.6},
                            "opacity": 0.45 if uncertain else 1,
                        },
                        "name": labels[status],
                        "legendgroup": status,
                        "showlegend": status not in shown_in_legend,
                        "hovertext": area["hovertext"],
                        "hovertemplate": "%{hovertext}<extra></extra>",
                        "customdata": area["customdata"],
                        "meta": {"status": status, "role": "countries", "uncertain": uncertain},
                    }
                )
                shown_in_legend.add(status)
        # Neighbours' markers overlap on a phone (Bahrain inside the UAE's); where two are
        # equally near the pointer plotly shows the later trace's, so the later stages
        # (bigger, earlier members) are drawn first and the candidates' markers last.
        for status in reversed(LEGEND_ORDER):
            for uncertain in (False, True):
                if (status, uncertain) not in points:
                    continue
                point = points[(status, uncertain)]
                data.append(
                    {
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
                        "name": labels[status],
                        "legendgroup": status,
                        "showlegend": status not in shown_in_legend,
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
                )
                shown_in_legend.add(status)

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
                # distance from the pointer: with the default 20 a marker would win all
                # over its neighbours (Bahrain's over Qatar).  1 px: a marker takes the
                # hover only under the pointer, the country shape everywhere else.
                "hoverdistance": 1,
                "hoverlabel": {
                    **layout["hoverlabel"],
                    "bgcolor": "#FFFFFF",
                    "bordercolor": INK,
                    "font": {"family": FONT["family"], "size": 14, "color": INK},
                },
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
                {
                    "type": "scattergeo",
                    "lon": [],
                    "lat": [],
                    "showlegend": False,
                    "hoverinfo": "skip",
                }
            )
            annotations.append(
                _annotation(
                    empty_message or MAP_EMPTY_MESSAGE,
                    bgcolor="rgba(255,255,255,0.9)",
                    borderpad=8,
                )
            )
            layout["meta"]["empty"] = True
        if annotations:
            layout["annotations"] = annotations
        return {"data": data, "layout": layout}
