"""The figure builders' output drawn by the site's charts.js in a real browser, offline."""

import datetime as dt
import http.server
import re
import threading

import pycountry
import pytest
from django.utils.html import json_script

from accords import charts
from accords.charts import LEGEND_ORDER, SMALL_COUNTRY_CENTROIDS, map_figure, timeline_figure
from tests.builders import ACCORDS_ROWS, MEMBER_ROWS, member_row
from tests.conftest import ROOT, vendored_topology

AXE = ROOT / "tests" / "vendor" / "axe.min.js"

# What the site's own pages may do: scripts only from files (no inline script), the
# inline styles plotly sets on its elements.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'"
)


def _all_members():
    """Every country in the geometry with a status, so the choropleth draws the world."""
    ids = {geometry["id"] for geometry in vendored_topology()["objects"]["countries"]["geometries"]}
    rows = []
    for index, country in enumerate(sorted(pycountry.countries, key=lambda c: c.alpha_2)):
        if country.alpha_3 in ids or country.alpha_2 in SMALL_COUNTRY_CENTROIDS:
            rows.append(member_row(country.alpha_2, LEGEND_ORDER[index % len(LEGEND_ORDER)]))
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
            "timeline": timeline_figure(ACCORDS_ROWS),
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
    geometry_ids = {g["id"] for g in vendored_topology()["objects"]["countries"]["geometries"]}
    assert len(drawn) > 100
    assert {"BHR", "ISR", "ARE", "MAR", "SDN", "PSE", "SSD"} <= drawn
    # Every country that has a status and a shape, but Antarctica (cropped by lataxis).
    assert drawn == {row["iso3"] for row in members if row["iso3"] in geometry_ids} - {"ATA"}
    # The basemap came from the vendored topojson.
    assert page.locator("#map .geo .land").count() == 1
    # No plotly logo on the mode bar.
    assert page.locator(".modebar-btn--logo").count() == 0
    # One mark per event on the timeline.
    assert page.locator("#timeline .scatterlayer .point").count() == len(ACCORDS_ROWS)

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
    pages["/"] = _page({"timeline": timeline_figure(ACCORDS_ROWS)})
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
    fewer = [row for row in ACCORDS_ROWS if row["iso2"] in ("AE", "BH")]
    pages["/"] = _page(
        {"timeline": timeline_figure(ACCORDS_ROWS)},
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
    assert page.locator("#timeline .scatterlayer .point").count() == len(ACCORDS_ROWS)

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
    pages["/"] = _page({"map": map_figure(MEMBER_ROWS)}, topojson=topojson)
    page = browser_page
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.route(re.compile(r"^(?!" + re.escape(base) + r"/).*"), lambda route: route.abort())

    page.goto(base + "/")
    page.wait_for_selector('#map[data-figure-state="drawn"]', timeout=60_000)

    assert base + "/static/vendor/topojson/world_50m.json" in requested
    assert all(url.startswith(base + "/") for url in requested)
    assert page.locator("#map .choroplethlocation").count() == len(MEMBER_ROWS)
