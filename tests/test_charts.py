"""The figure builders, the vendored map assets, and one real browser drawing them."""

import datetime as dt
import functools
import gzip
import http.server
import json
import re
import threading
import time
from pathlib import Path

import plotly
import plotly.graph_objects as go
import pycountry
import pytest
from django.utils.html import json_script

from accords import charts
from accords.charts import (
    LEGEND_ORDER,
    SMALL_COUNTRY_CENTROIDS,
    STATUS_COLORS,
    STATUS_TEXT_COLORS,
    format_date,
    map_figure,
    timeline_figure,
)
from accords.extraction.statuses import STATUSES

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"
TOPOJSON = STATIC / "vendor" / "topojson" / "world_50m.json"
BUNDLE = STATIC / "vendor" / "plotly-geo.min.js"
AXE = ROOT / "tests" / "vendor" / "axe.min.js"


def event(iso2, status, date, precision="day", outlets=("JNS",), name=None):
    return {
        "iso2": iso2,
        "name": name or pycountry.countries.get(alpha_2=iso2).name,
        "status": status,
        "date": date,
        "precision": precision,
        "outlets": list(outlets),
        "url": f"/countries/{iso2}/",
    }


def member(iso2, status, since=dt.date(2020, 9, 15), precision="day", name=None):
    country = pycountry.countries.get(alpha_2=iso2)
    return {
        "iso2": iso2,
        "iso3": country.alpha_3,
        "name": name or country.name,
        "status": status,
        "since": since,
        "precision": precision,
        "url": f"/countries/{iso2}/",
    }


ACCORDS = [
    event("AE", "announced", dt.date(2020, 8, 13)),
    event("AE", "signed", dt.date(2020, 9, 15)),
    event("BH", "announced", dt.date(2020, 9, 11)),
    event("BH", "signed", dt.date(2020, 9, 15), outlets=("JNS", "Al Arabiya")),
    event("MA", "announced", dt.date(2020, 12, 10)),
    event("MA", "signed", dt.date(2020, 12, 22)),
    event("SD", "signed", dt.date(2021, 1, 6)),
    event("SD", "announced", dt.date(2020, 10, 23)),  # out of order on purpose
    event("KZ", "announced", dt.date(2025, 11, 6)),
    event("ID", "prospective", dt.date(2020, 1, 1), precision="year", outlets=()),
    event("SA", "declined", dt.date(2024, 2, 1), precision="month"),
]

MEMBERS = [
    member("IL", "founding"),
    member("US", "founding"),
    member("AE", "signed"),
    member("BH", "signed"),
    member("MA", "signed"),
    member("SD", "signed", since=dt.date(2021, 1, 6)),
    member("KZ", "announced", since=dt.date(2025, 11, 6)),
    member("SA", "declined", since=dt.date(2024, 2, 1), precision="month"),
]


def traces(figure, role):
    return [trace for trace in figure["data"] if trace.get("meta", {}).get("role") == role]


def marks(figure):
    """(status, x, iso2, hovertext, url) for every mark of a timeline figure."""
    return [
        (trace["meta"]["status"], x, iso2, text, url)
        for trace in traces(figure, "events")
        for x, iso2, text, url in zip(
            trace["x"], trace["meta"]["iso2"], trace["hovertext"], trace["customdata"],
            strict=True,
        )
    ]


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "precision", "locale", "expected"),
    [
        (dt.date(2020, 1, 1), "year", "en", "2020"),
        (dt.date(2020, 9, 1), "month", "en", "September 2020"),
        (dt.date(2020, 9, 15), "day", "en", "15 September 2020"),
        (dt.date(2020, 1, 1), "year", "id", "2020"),
        (dt.date(2020, 12, 1), "month", "id", "Desember 2020"),
        (dt.date(2020, 9, 15), "day", "id", "15 September 2020"),
        (dt.date(2025, 11, 6), "day", "id", "6 November 2025"),
        (dt.date(2020, 9, 15), "day", "en-gb", "15 September 2020"),
        (dt.date(2020, 9, 15), "day", "xx", "15 September 2020"),  # unknown: English
    ],
)
def test_it_formats_a_date_at_its_precision(date, precision, locale, expected):
    assert format_date(date, precision, locale) == expected


def test_it_refuses_an_unknown_precision():
    with pytest.raises(ValueError, match="precision"):
        format_date(dt.date(2020, 1, 1), "week")


# --- timeline ---------------------------------------------------------------------------


def test_the_timeline_has_exactly_one_mark_per_event():
    figure = timeline_figure(ACCORDS)

    assert len(marks(figure)) == len(ACCORDS)
    # A step known only to its year or month sits in the middle of that period.
    middle = {"day": "{:%Y-%m-%d}", "month": "{:%Y-%m}-15", "year": "{:%Y}-07-01"}
    assert sorted((m[0], m[1], m[2]) for m in marks(figure)) == sorted(
        (e["status"], middle[e["precision"]].format(e["date"]), e["iso2"]) for e in ACCORDS
    )
    # Lines are not marks: the spans are drawn without markers.
    assert all(trace["mode"] == "lines" for trace in traces(figure, "span"))


def test_each_mark_takes_the_colour_of_its_status():
    figure = timeline_figure(ACCORDS)

    for trace in traces(figure, "events"):
        assert trace["marker"]["color"] == STATUS_COLORS[trace["meta"]["status"]]
        assert trace["legendgroup"] == trace["meta"]["status"]


def test_the_legend_lists_statuses_in_the_taxonomy_order_once_each():
    figure = timeline_figure(ACCORDS)

    legend = [trace["meta"]["status"] for trace in figure["data"] if trace.get("showlegend", True)]
    assert legend == ["prospective", "announced", "signed", "declined"]
    assert legend == sorted(legend, key=LEGEND_ORDER.index)
    assert [trace["name"] for trace in traces(figure, "events")] == [
        "Prospective",
        "Announced",
        "Signed",
        "Declined",
    ]


def test_countries_are_rows_sorted_by_their_first_event():
    figure = timeline_figure(ACCORDS)
    yaxis = figure["layout"]["yaxis"]

    assert figure["layout"]["meta"]["countries"] == ["ID", "AE", "BH", "SD", "MA", "SA", "KZ"]
    assert yaxis["tickvals"] == list(range(7))
    assert yaxis["ticktext"][:3] == ["Indonesia", "United Arab Emirates", "Bahrain"]
    assert yaxis["range"] == [6.5, -0.5]  # earliest at the top


def test_a_line_joins_consecutive_stages_in_the_colour_of_the_earlier_one():
    figure = timeline_figure(ACCORDS)
    (announced,) = [t for t in traces(figure, "span") if t["meta"]["status"] == "announced"]
    rows = figure["layout"]["meta"]["countries"]
    ys = [None if y is None else rows[y] for y in announced["y"]]
    segments = list(zip(*[iter(zip(announced["x"], ys, strict=True))] * 3, strict=True))
    assert (("2020-10-23", "SD"), ("2021-01-06", "SD"), (None, None)) in segments
    assert (("2020-08-13", "AE"), ("2020-09-15", "AE"), (None, None)) in segments
    assert announced["line"]["color"] == STATUS_COLORS["announced"]
    assert announced["hoverinfo"] == "skip"
    # Kazakhstan has one event: nothing to join.
    assert "KZ" not in ys


def test_the_hover_text_shows_the_date_at_its_precision():
    figure = timeline_figure(ACCORDS)
    by_country = {(m[2], m[0]): m[3] for m in marks(figure)}

    assert by_country[("ID", "prospective")] == "<b>Indonesia</b><br>Prospective<br>2020"
    assert not any("2020-01-01" in text for text in by_country.values())
    assert by_country[("SA", "declined")].endswith("<br>February 2024<br>Sources: JNS")
    assert by_country[("BH", "signed")] == (
        "<b>Bahrain</b><br>Signed<br>15 September 2020<br>Sources: JNS, Al Arabiya"
    )
    assert all(
        t["hovertemplate"] == "%{hovertext}<extra></extra>" for t in traces(figure, "events")
    )


def test_the_hover_text_follows_the_locale():
    figure = timeline_figure(
        [event("MA", "signed", dt.date(2020, 12, 22), name="Maroko")], locale="id"
    )

    ((_, _, _, text, _),) = marks(figure)
    assert "22 Desember 2020" in text
    assert text.startswith("<b>Maroko</b>")


def test_every_mark_carries_its_country_page_url():
    figure = timeline_figure(ACCORDS)

    assert all(url == f"/countries/{iso2}/" for _, _, iso2, _, url in marks(figure))


def test_names_and_outlets_are_escaped_in_the_hover_text():
    row = event("BH", "signed", dt.date(2020, 9, 15), outlets=["<script>x</script>"], name="A & B")

    ((_, _, _, text, _),) = marks(timeline_figure([row]))
    assert "<script>" not in text
    assert "&lt;script&gt;" in text and "A &amp; B" in text


def test_an_empty_timeline_says_that_no_event_matches():
    figure = timeline_figure([])

    assert figure["data"] == []
    (annotation,) = figure["layout"]["annotations"]
    assert annotation["text"] == "No confirmed events match these filters."
    assert annotation["showarrow"] is False
    assert figure["layout"]["xaxis"]["visible"] is False


def test_the_empty_message_can_be_given():
    figure = timeline_figure([], empty_message="Tidak ada peristiwa.")

    assert figure["layout"]["annotations"][0]["text"] == "Tidak ada peristiwa."


def test_an_unknown_status_is_refused():
    with pytest.raises(ValueError, match="unknown status"):
        timeline_figure([event("BH", "joined", dt.date(2020, 9, 15))])


def test_a_large_timeline_builds_quickly():
    rows = [
        event(
            "BH",
            STATUSES[i % len(STATUSES)],
            dt.date(2000, 1, 1) + dt.timedelta(days=i),
            name=f"C{c}",
        )
        | {"iso2": f"{c:03d}"}
        for c in range(250)
        for i in range(40)
    ]

    started = time.perf_counter()
    figure = timeline_figure(rows)
    elapsed = time.perf_counter() - started

    assert len(marks(figure)) == 10_000
    # About 30-80 ms here; graph_objects would be several times that.
    assert elapsed < 1.0


# --- map --------------------------------------------------------------------------------


def test_the_map_colours_each_country_by_its_status():
    figure = map_figure(MEMBERS)
    areas = traces(figure, "countries")

    assert [trace["meta"]["status"] for trace in areas] == [
        "announced",
        "signed",
        "declined",
        "founding",
    ]
    for trace in areas:
        color = STATUS_COLORS[trace["meta"]["status"]]
        assert trace["type"] == "choropleth"
        assert trace["locationmode"] == "ISO-3"
        assert trace["colorscale"] == [[0, color], [1, color]]
        assert trace["showscale"] is False
        assert trace["showlegend"] is True
        assert len(trace["z"]) == len(trace["locations"]) == len(trace["customdata"])
    by_status = {trace["meta"]["status"]: trace["locations"] for trace in areas}
    assert by_status["signed"] == ["ARE", "BHR", "MAR", "SDN"]
    assert by_status["founding"] == ["ISR", "USA"]


def test_bahrain_gets_a_marker_that_can_be_seen_and_hovered_at_world_zoom():
    figure = map_figure(MEMBERS)
    (points,) = [t for t in traces(figure, "small-countries") if t["meta"]["status"] == "signed"]

    assert points["type"] == "scattergeo"
    assert points["meta"]["iso2"] == ["AE", "BH"]  # the UAE too: small on a phone
    points = {key: points[key][1:] if key in ("lon", "lat", "customdata", "hovertext")
              else points[key] for key in points}
    assert (points["lon"][0], points["lat"][0]) == SMALL_COUNTRY_CENTROIDS["BH"]
    assert points["marker"]["color"] == STATUS_COLORS["signed"]
    assert points["customdata"] == ["/countries/BH/"]
    assert points["hovertext"] == ["<b>Bahrain</b><br>Signed<br>since 15 September 2020"]
    # One legend entry per status: the marker belongs to the choropleth's entry.
    assert points["showlegend"] is False and points["legendgroup"] == "signed"


def test_the_map_hover_text_gives_the_date_since_at_its_precision():
    figure = map_figure(MEMBERS, locale="id")
    texts = {
        location: text
        for trace in traces(figure, "countries")
        for location, text in zip(trace["locations"], trace["hovertext"], strict=True)
    }

    assert texts["SAU"].endswith("sejak Februari 2024") or texts["SAU"].endswith("Februari 2024")
    assert "2024-02-01" not in texts["SAU"]


def test_the_map_is_a_natural_earth_world_at_50_m_without_frame():
    geo = map_figure(MEMBERS)["layout"]["geo"]

    assert geo["projection"] == {"type": "natural earth"}
    assert geo["resolution"] == 50  # Bahrain is missing from the 110 m geometry
    assert geo["showframe"] is False
    assert geo["fitbounds"] is False


def test_the_map_says_which_date_it_shows():
    figure = map_figure(MEMBERS, as_of=dt.date(2021, 1, 31))

    assert figure["layout"]["annotations"][0]["text"] == "As of 31 January 2021"


def test_an_empty_map_still_draws_the_world_and_says_why():
    figure = map_figure([], as_of=dt.date(2019, 1, 1))

    assert [trace["type"] for trace in figure["data"]] == ["scattergeo"]
    texts = [annotation["text"] for annotation in figure["layout"]["annotations"]]
    assert "No country had a confirmed status on this date." in texts


@pytest.mark.parametrize(
    "figure",
    [
        pytest.param(lambda: timeline_figure(ACCORDS), id="timeline"),
        pytest.param(lambda: timeline_figure([]), id="empty-timeline"),
        pytest.param(lambda: map_figure(MEMBERS, as_of=dt.date(2021, 1, 1)), id="map"),
        pytest.param(lambda: map_figure([]), id="empty-map"),
    ],
)
def test_figures_are_plain_json_that_plotly_accepts(figure):
    built = figure()

    assert json.loads(json.dumps(built)) == built  # no dates, no lazy strings, no objects
    # plotly's own validator knows every attribute of the plotly.js version we ship.
    go.Figure(built)


# --- palette ----------------------------------------------------------------------------


def _luminance(hex_color):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_status_and_the_founders_have_a_distinct_colour():
    assert set(STATUS_COLORS) == set(STATUSES) | {"founding"}
    assert len(set(STATUS_COLORS.values())) == len(STATUS_COLORS)
    assert LEGEND_ORDER == (*STATUSES, "founding")


@pytest.mark.parametrize("status", LEGEND_ORDER)
def test_badge_text_is_readable_on_its_status_colour(status):
    assert _contrast(STATUS_COLORS[status], STATUS_TEXT_COLORS[status]) >= 4.5


def test_the_stylesheet_badges_use_the_chart_palette():
    css = (STATIC / "accords" / "site.css").read_text()
    rules = dict(
        (status, (background.upper(), color.upper()))
        for status, background, color in re.findall(
            r"\.status-([a-z]+) \{ background-color: (#[0-9A-Fa-f]{6}); color: (#[0-9A-Fa-f]{6}); \}",
            css,
        )
    )

    assert rules == {
        status: (STATUS_COLORS[status], STATUS_TEXT_COLORS[status]) for status in LEGEND_ORDER
    }


# --- vendored assets --------------------------------------------------------------------


@functools.cache
def _topology():
    return json.loads(TOPOJSON.read_text())


def _bounding_boxes():
    """ISO-3 id -> (west, south, east, north) of its shapes in the vendored topojson."""
    topology = _topology()
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def arc_indexes(nested):
        for item in nested:
            if isinstance(item, list):
                yield from arc_indexes(item)
            else:
                yield item if item >= 0 else ~item

    boxes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        points = [p for index in arc_indexes(geometry["arcs"]) for p in arcs[index]]
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        west, south, east, north = boxes.get(geometry["id"], (180, 90, -180, -90))
        boxes[geometry["id"]] = (
            min(west, *lons),
            min(south, *lats),
            max(east, *lons),
            max(north, *lats),
        )
    return boxes


def test_the_vendored_geometry_contains_bahrain_and_the_other_small_members():
    ids = {geometry["id"] for geometry in _topology()["objects"]["countries"]["geometries"]}

    assert {"BHR", "SGP", "MLT", "MDV", "ISR", "ARE", "MAR", "SDN", "KAZ", "USA"} <= ids
    assert len(ids) > 240


def test_each_country_is_one_shape_so_the_choropleth_colours_all_of_it():
    # plotly colours only the first shape with an id: Gaza without the West Bank, the
    # Ilemi triangle without South Sudan (vendor_assets.sh merges them).
    ids = [geometry["id"] for geometry in _topology()["objects"]["countries"]["geometries"]]

    assert len(ids) == len(set(ids))
    (palestine,) = [
        g for g in _topology()["objects"]["countries"]["geometries"] if g["id"] == "PSE"
    ]
    assert palestine["type"] == "MultiPolygon" and len(palestine["arcs"]) == 2


def test_small_country_markers_sit_inside_their_country():
    boxes = _bounding_boxes()
    outside = []
    for iso2, (lon, lat) in SMALL_COUNTRY_CENTROIDS.items():
        country = pycountry.countries.get(alpha_2=iso2)
        if country is None or country.alpha_3 not in boxes:
            continue  # XK, VA, SM, ...: not drawn, the marker is all there is
        west, south, east, north = boxes[country.alpha_3]
        if not (west - 0.05 <= lon <= east + 0.05 and south - 0.05 <= lat <= north + 0.05):
            outside.append(iso2)
    assert outside == []
    assert "BH" in SMALL_COUNTRY_CENTROIDS


def test_the_vendored_bundle_declares_the_map_traces_of_the_plotly_js_version_plotly_py_expects():
    head = BUNDLE.read_text(encoding="utf-8")[:200]
    bundle = BUNDLE.read_text(encoding="utf-8")
    expected = plotly.offline.get_plotlyjs_version()

    assert f"plotly.js (geo - minified) v{expected}" in head
    for trace in ("scatter", "scattergeo", "choropleth"):
        assert f'moduleType:"trace",name:"{trace}"' in bundle


def test_the_vendored_files_are_recorded_with_their_licences():
    readme = (STATIC / "vendor" / "README.md").read_text()

    for name in ("plotly-geo.min.js", "topojson/world_50m.json", "htmx.min.js", "axe.min.js"):
        assert name in readme
    assert (STATIC / "vendor" / "licenses" / "plotly.js-LICENSE.txt").exists()
    assert (STATIC / "vendor" / "licenses" / "htmx.org-LICENSE.txt").exists()
    assert (ROOT / "tests" / "vendor" / "axe-core-LICENSE.txt").exists()
    assert "htmx.org@2" in readme
    assert (STATIC / "vendor" / "htmx.min.js").read_text().startswith("var htmx=")
    assert len(gzip.compress(BUNDLE.read_bytes())) < 600_000


# --- in a real browser ------------------------------------------------------------------

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-gpu",
]
# What the site's own pages may do: scripts only from files (no inline script), the
# inline styles plotly sets on its elements.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'"
)


def _all_members():
    """Every country in the geometry with a status, so the choropleth draws the world."""
    ids = {geometry["id"] for geometry in _topology()["objects"]["countries"]["geometries"]}
    rows = []
    for index, country in enumerate(sorted(pycountry.countries, key=lambda c: c.alpha_2)):
        if country.alpha_3 in ids or country.alpha_2 in SMALL_COUNTRY_CENTROIDS:
            rows.append(member(country.alpha_2, LEGEND_ORDER[index % len(LEGEND_ORDER)]))
    for row in rows:
        if row["iso2"] == "BH":
            row["status"] = "signed"
    return rows


def _page(figures, *, controls="", scripts=(), topojson="/static/vendor/topojson/world_50m.json"):
    topojson_attribute = f' data-topojson-url="{topojson}"' if topojson else ""
    # A plotly chart holds buttons, so it is no role="img": a <figure> names it instead.
    charts_html = "\n".join(
        f'<figure><div class="chart{" chart-map" if kind == "map" else ""}" id="{kind}" '
        f'data-figure="{kind}-figure"{topojson_attribute}>'
        f"</div><figcaption>{kind}</figcaption></figure>\n{json_script(figure, f'{kind}-figure')}"
        for kind, figure in figures.items()
    )
    badges = " ".join(
        f'<span class="status status-{status}">{charts.STATUS_LABELS[status]}</span>'
        for status in LEGEND_ORDER
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Charts</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/accords/site.css"></head>
<body><main id="main"><h1>Charts</h1><p id="badges">{badges}</p>
<blockquote class="evidence" lang="ar" dir="rtl">انضمت</blockquote>
<div id="region">{controls}{charts_html}</div></main>
<script src="/static/vendor/plotly-geo.min.js" defer></script>
{"".join(f'<script src="/static/vendor/{name}" defer></script>' for name in scripts)}
<script src="/static/accords/charts.js" defer></script>
</body></html>"""


@pytest.fixture
def site(tmp_path):
    """A throwaway local server: / is the test page, /static/ is the repository's static/."""
    pages = {}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(ROOT), **kwargs)

        def do_GET(self):
            if self.path in pages:
                body = pages[self.path].encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Security-Policy", CSP)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif self.path.startswith("/static/") and ".." not in self.path:
                super().do_GET()
            else:
                self.send_error(404)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", pages
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def browser_page(browser):
    """A page in the session's shared headless Chromium (tests/conftest.py)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.mark.browser
def test_the_map_and_timeline_draw_offline_in_a_real_browser(site, browser_page):
    base, pages = site
    members = _all_members()
    pages["/"] = _page(
        {
            "map": map_figure(members, as_of=dt.date(2025, 11, 20)),
            "timeline": timeline_figure(ACCORDS),
        }
    )
    page = browser_page
    foreign, errors = [], []

    def on_request(request):
        if not request.url.startswith(base + "/") and not request.url.startswith("data:"):
            foreign.append(request.url)

    page.on("request", on_request)
    # Anything not on the local server is refused, so a CDN fallback cannot hide.
    page.route(re.compile(r"^(?!" + re.escape(base) + r"/).*"), lambda route: route.abort())
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(base + "/")
    page.wait_for_selector('#map[data-figure-state="drawn"]', timeout=60_000)
    page.wait_for_selector('#timeline[data-figure-state="drawn"]', timeout=60_000)

    assert foreign == []
    assert errors == []
    # plotly also adds an empty path for a location it has no shape for (VA, SM, ...).
    drawn = set(
        page.evaluate(
            """() => Array.from(document.querySelectorAll('#map .choroplethlocation'))
                          .filter(path => (path.getAttribute('d') || '').length > 1)
                          .map(path => path.__data__.loc)"""
        )
    )
    geometry_ids = {g["id"] for g in _topology()["objects"]["countries"]["geometries"]}
    assert len(drawn) > 100
    assert {"BHR", "ISR", "ARE", "MAR", "SDN", "PSE", "SSD"} <= drawn
    # Every country that has a status and a shape, but Antarctica (cropped by lataxis).
    assert drawn == {row["iso3"] for row in members if row["iso3"] in geometry_ids} - {"ATA"}
    # The basemap came from the vendored topojson.
    assert page.locator("#map .geo .land").count() == 1
    # No plotly logo on the mode bar.
    assert page.locator(".modebar-btn--logo").count() == 0
    # One mark per event on the timeline.
    assert page.locator("#timeline .scatterlayer .point").count() == len(ACCORDS)

    # Bahrain's marker: drawn, hoverable and clickable.
    small = [t for t in map_figure(members)["data"] if t["meta"]["role"] == "small-countries"]
    assert page.locator("#map .scattergeo .point").count() == sum(len(t["lon"]) for t in small)

    def marker(iso2):
        """Centre and radius on screen of a small country's marker."""
        return page.evaluate(
            """([lon, lat]) => {
                 const point = Array.from(document.querySelectorAll('#map .scattergeo .point'))
                   .find(p => p.__data__ && p.__data__.lonlat
                     && p.__data__.lonlat[0] === lon && p.__data__.lonlat[1] === lat);
                 if (!point) return null;
                 const r = point.getBoundingClientRect();
                 return {x: r.x + r.width / 2, y: r.y + r.height / 2, radius: r.width / 2};
               }""",
            list(SMALL_COUNTRY_CENTROIDS[iso2]),
        )

    def hover_shows(x, y, name):
        page.mouse.move(x, y)
        # plotly throttles hover: wait for the label rather than reading it at once.
        page.wait_for_function(
            "name => (document.querySelector('#map .hoverlayer .hovertext') || {})"
            ".textContent?.includes(name)",
            arg=name,
            timeout=5_000,
        )

    bahrain, qatar = marker("BH"), marker("QA")
    assert bahrain is not None and bahrain["radius"] >= 3.5
    # Neighbours 3 px apart: each marker is reachable from its side away from the other.
    dx, dy = qatar["x"] - bahrain["x"], qatar["y"] - bahrain["y"]
    unit_x, unit_y = dx / (dx**2 + dy**2) ** 0.5, dy / (dx**2 + dy**2) ** 0.5
    reach = bahrain["radius"] - 1
    hover_shows(qatar["x"] + unit_x * reach, qatar["y"] + unit_y * reach, "Qatar")
    far_side_of_bahrain = (bahrain["x"] - unit_x * reach, bahrain["y"] - unit_y * reach)
    hover_shows(*far_side_of_bahrain, "Bahrain")
    page.mouse.click(*far_side_of_bahrain)
    page.wait_for_url(base + "/countries/BH/", timeout=5_000)


@pytest.mark.browser
def test_a_page_with_badges_quotes_and_a_chart_passes_axe_wcag_aa_checks(site, browser_page):
    base, pages = site
    pages["/"] = _page({"timeline": timeline_figure(ACCORDS)})
    page = browser_page
    page.goto(base + "/")
    page.wait_for_selector('#timeline[data-figure-state="drawn"]', timeout=60_000)
    # CSP forbids inline script on the page, but playwright's evaluate is not page script.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async () => {
             const r = await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']});
             return r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' '))}));
           }"""
    )
    assert result == []


@pytest.mark.browser
def test_charts_are_redrawn_after_htmx_swaps_and_old_plots_purged(site, browser_page):
    base, pages = site
    fewer = [row for row in ACCORDS if row["iso2"] in ("AE", "BH")]
    pages["/"] = _page(
        {"timeline": timeline_figure(ACCORDS)},
        controls='<button id="swap-chart" hx-get="/chart" hx-target="#region">chart</button>'
        '<button id="swap-json" hx-get="/json" hx-target="#timeline-figure" hx-swap="outerHTML">'
        "json</button>",
        scripts=["htmx.min.js"],
    )
    # A fragment with a new chart element and its figure, as a filtered view would return.
    pages["/chart"] = (
        '<div class="chart" id="timeline2" data-figure="timeline2-figure"></div>'
        + json_script(timeline_figure(fewer), "timeline2-figure")
    )
    # Only the figure JSON: the chart element stays, the figure changes.
    pages["/json"] = json_script(timeline_figure(fewer), "timeline-figure")
    page = browser_page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base + "/")
    page.wait_for_selector('#timeline[data-figure-state="drawn"]', timeout=60_000)
    assert page.locator("#timeline .scatterlayer .point").count() == len(ACCORDS)

    page.click("#swap-json")
    page.wait_for_function(
        f"() => document.querySelectorAll('#timeline .scatterlayer .point').length === {len(fewer)}",
        timeout=10_000,
    )

    page.evaluate("() => { window.oldChart = document.getElementById('timeline'); }")
    page.click("#swap-chart")
    page.wait_for_selector('#timeline2[data-figure-state="drawn"]', timeout=10_000)

    assert page.locator("#timeline2 .scatterlayer .point").count() == len(fewer)
    assert page.locator("#timeline").count() == 0
    # The swapped-out chart was purged: no plotly state left on the detached element.
    assert page.evaluate("() => window.oldChart._fullLayout === undefined") is True
    assert page.evaluate("() => window.oldChart.dataset.figureState === undefined") is True
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("topojson", ["/static/vendor/topojson/", None], ids=["folder", "none"])
def test_the_map_loads_its_geometry_from_the_folder_or_beside_charts_js(
    site, browser_page, topojson
):
    base, pages = site
    pages["/"] = _page({"map": map_figure(MEMBERS)}, topojson=topojson)
    page = browser_page
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.route(re.compile(r"^(?!" + re.escape(base) + r"/).*"), lambda route: route.abort())

    page.goto(base + "/")
    page.wait_for_selector('#map[data-figure-state="drawn"]', timeout=60_000)

    assert base + "/static/vendor/topojson/world_50m.json" in requested
    assert all(url.startswith(base + "/") for url in requested)
    assert page.locator("#map .choroplethlocation").count() == len(MEMBERS)


# --- the frame: contrast, precision, broken axis, nearby steps ---------------------------


@pytest.mark.parametrize("status", LEGEND_ORDER)
def test_every_status_stands_out_from_the_land_by_its_fill_or_its_outline(status):
    from accords.charts import LAND, needs_outline

    (trace,) = traces(map_figure([member("KZ", status)]), "countries")
    edge = trace["marker"]["line"]["color"] if needs_outline(status) else STATUS_COLORS[status]
    assert _contrast(edge, LAND) >= 3


def test_a_step_known_only_to_its_year_is_drawn_paler_inside_that_year():
    from accords.charts import uncertain_on

    row = member("SA", "declined", since=dt.date(2024, 1, 1), precision="year")
    assert uncertain_on(row, dt.date(2024, 6, 1)) and not uncertain_on(row, dt.date(2025, 1, 1))
    (inside,) = traces(map_figure([row], as_of=dt.date(2024, 6, 1)), "countries")
    assert inside["meta"]["uncertain"] is True and inside["marker"]["opacity"] < 1
    assert "in 2024" in inside["hovertext"][0] and "may not have happened" in inside["hovertext"][0]
    (after,) = traces(map_figure([row], as_of=dt.date(2025, 1, 1)), "countries")
    assert after["meta"]["uncertain"] is False


def test_a_timeline_step_known_only_to_its_year_is_a_bar_over_the_year():
    figure = timeline_figure(ACCORDS)
    (period,) = [t for t in traces(figure, "period") if t["meta"]["status"] == "prospective"]
    assert period["x"] == ["2020-01-01", "2020-12-31", None]


def test_the_timeline_axis_skips_the_years_without_steps():
    figure = timeline_figure(ACCORDS)
    cut, _later = figure["layout"]["xaxis"]["rangebreaks"]
    start, end = (dt.date.fromisoformat(d) for d in cut["bounds"])
    # SA's February 2024 and KZ's November 2025 are more than a year apart; 2021-2023 empty.
    assert dt.date(2021, 1, 6) < start < dt.date(2021, 12, 31)
    assert dt.date(2022, 1, 1) < end < dt.date(2024, 2, 1)


def test_nearby_steps_of_one_country_are_moved_apart():
    rows = [event("MA", "announced", dt.date(2020, 12, 10)),
            event("MA", "signed", dt.date(2020, 12, 22)),
            event("KZ", "announced", dt.date(2025, 11, 6))]
    figure = timeline_figure(rows)
    ys = {(t["meta"]["status"], iso2): y for t in traces(figure, "events")
          for iso2, y in zip(t["meta"]["iso2"], t["y"], strict=True)}
    assert ys[("announced", "MA")] != ys[("signed", "MA")]
    assert abs(ys[("announced", "MA")] - ys[("signed", "MA")]) < 0.5  # still on its row


def test_founding_parties_are_marked_on_the_timeline_as_on_the_map():
    rows = [event("IL", "signed", dt.date(2020, 9, 15)) | {"founding": True},
            event("AE", "signed", dt.date(2020, 9, 15))]
    figure = timeline_figure(rows)
    (founders,) = [t for t in traces(figure, "events") if t["meta"]["status"] == "founding"]
    assert founders["marker"]["color"] == STATUS_COLORS["founding"]
    assert founders["meta"]["iso2"] == ["IL"] and founders["meta"]["statuses"] == ["signed"]


def test_tooltips_are_ink_on_white():
    for figure in (timeline_figure(ACCORDS), map_figure(MEMBERS)):
        label = figure["layout"]["hoverlabel"]
        assert _contrast(label["bgcolor"], label["font"]["color"]) >= 4.5


def test_the_regional_views_zoom_the_map():
    world = map_figure(MEMBERS)["layout"]["geo"]
    mena = map_figure(MEMBERS, view="mena")["layout"]["geo"]
    assert "lonaxis" not in world and mena["lonaxis"]["range"][1] - mena["lonaxis"]["range"][0] < 120
    assert map_figure(MEMBERS, view="mena")["layout"]["meta"]["view"] == "mena"


def test_israel_and_bahrain_have_markers():
    small = {iso2 for t in traces(map_figure(MEMBERS), "small-countries") for iso2 in t["meta"]["iso2"]}
    assert {"IL", "BH"} <= small
