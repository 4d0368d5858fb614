"""The reader's pages in Chromium at a desktop (1366 x 900) and a phone (390 x 844) size.

Each test runs at both sizes; the `page` fixture (tests/conftest.py) keeps a screenshot of
the last state in test-artifacts/, and test_screenshots_of_every_public_page writes one per
page and size.
"""

import datetime as dt
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from django.conf import settings
from django.core.cache import cache
from django.template.defaultfilters import floatformat
from django.utils import timezone

from accords import services
from accords.charts import SMALL_COUNTRY_CENTROIDS
from accords.models import Citation, StatusEvent
from tests.builders import article
from tests.builders import event as status_event

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = (Path(__file__).parent.parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
ALL_DRAWN = (
    "() => Array.from(document.querySelectorAll('[data-figure], [data-figure-url]'))"
    ".every(el => el.dataset.figureState === 'drawn')"
)


@pytest.fixture(autouse=True)
def _reference():
    cache.clear()
    services.reference_load()
    yield
    cache.clear()


@pytest.fixture(params=list(SIZES))
def size(request):
    return request.param


@pytest.fixture
def view(page, size):
    """The page at the size under test, collecting console errors."""
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def drawn(page):
    page.wait_for_function(ALL_DRAWN, timeout=60_000)


def query(page):
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def rtl_sources():
    """Kazakhstan's step with an Arabic and a Hebrew source, and a step known to its year."""
    event = StatusEvent.objects.get(country__iso2="KZ")
    StatusEvent.objects.filter(pk=event.pk).update(source="review")  # as if from the desk
    for n, (language, outlet, text) in enumerate(
        [
            ("ar", "صحيفة الاختبار", "أعلنت كازاخستان أنها ستنضم إلى اتفاقيات أبراهام."),
            ("he", "עיתון הבדיקה", "קזחסטן הודיעה כי תצטרף להסכמי אברהם."),
        ]
    ):
        source = article(
            language=language,
            text=text,
            outlet=outlet,
            title=text[:30],
            url=None,
            published=dt.date(2025, 11, 7 + n),
            content_hash=f"rtl{n}",
        )
        Citation.objects.create(
            event=event, article=source, outlet=outlet, language=language, evidence=text
        )
    declined = status_event(
        "SA",
        "declined",
        dt.date(2025, 1, 1),
        "year",
        confirmed_at=timezone.now(),
        source="review",
        note="",
    )
    services.country_refresh_status(country=declined.country)


def no_horizontal_overflow(page):
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")


# --- 1. the one-line answer ----------------------------------------------------------------


def test_the_overview_answers_in_one_sentence(view):
    view.goto("/")
    answer = view.locator("#answer").inner_text()
    assert answer == (
        "6 parties: 4 joined since 2020 and the 2 founding parties · "
        "Kazakhstan announced it will join · "
        "Azerbaijan and Somaliland may join · "
        "Indonesia, Pakistan, Saudi Arabia and Syria declined to join"
    )
    assert view.locator("#group-members li").count() == 6
    assert view.locator("#group-on_the_way li").count() == 3
    assert view.locator("#group-not_joining li").count() == 4
    assert view.locator("#answer").is_visible()
    drawn(view)
    assert no_horizontal_overflow(view)
    assert view.errors == []


# --- 2. one frame: tabs, time control, regions, small states --------------------------------


def test_tabs_share_the_date_and_the_url(view):
    view.goto("/map/?date=2025-10-01")
    drawn(view)
    view.locator("#tab-timeline").click()
    view.wait_for_url(re.compile(r"tab=timeline"))
    view.wait_for_selector(
        '#map-region[data-tab="timeline"] #timeline-chart[data-figure-state="drawn"]'
    )
    assert query(view) == {"date": "2025-10-01", "tab": "timeline"}
    assert view.locator("#tab-timeline").get_attribute("aria-current") == "page"
    # The next change keeps the tab: one frame, one date, one address.
    view.locator("#map-step-forward").click()
    view.wait_for_url(re.compile(r"date=2025-11-06"))
    view.wait_for_selector('#map-region[data-as-of="2025-11-06"][data-tab="timeline"]')
    assert query(view) == {"date": "2025-11-06", "tab": "timeline"}
    view.locator("#tab-table").click()
    view.wait_for_url(re.compile(r"tab=table"))
    view.wait_for_selector('#map-region[data-tab="table"] #map-table')
    assert view.locator('#map-table tr[data-country="KZ"]').is_visible()
    # The address is the view: loading it afresh shows the same tab on the same date.
    view.goto(view.url)
    assert view.locator("#map-region").get_attribute("data-as-of") == "2025-11-06"
    assert view.locator("#tab-table").get_attribute("aria-current") == "page"
    assert no_horizontal_overflow(view)
    assert view.errors == []


def test_step_and_play_move_the_date_over_the_whole_range(view):
    view.goto("/map/?date=2020-09-01")
    drawn(view)
    # 1 September 2020 is reachable: the slider covers every day, not only changes.
    slider = view.locator("#as-of-slider")
    start = dt.date.fromisoformat(slider.get_attribute("data-start"))
    assert int(slider.input_value()) == (dt.date(2020, 9, 1) - start).days
    assert int(slider.get_attribute("max")) == (timezone.localdate() - start).days
    ticks = [t.inner_text() for t in view.locator(".tick:not([hidden])").all()]
    assert "2020" in ticks or "2021" in ticks and len(ticks) >= 3
    assert "1 September 2020" in view.locator("#as-of-output").inner_text()
    view.locator("#map-step-forward").click()
    view.wait_for_selector('#map-region[data-as-of="2020-09-11"] [data-figure-state="drawn"]')
    view.locator("#map-step-back").click()
    view.wait_for_selector('#map-region[data-as-of="2020-08-13"] [data-figure-state="drawn"]')
    assert query(view)["date"] == "2020-08-13"
    view.locator("#map-play").click()
    assert view.locator("#map-play").get_attribute("aria-pressed") == "true"
    view.wait_for_selector('#map-region[data-as-of="2020-09-15"]', timeout=20_000)
    view.locator("#map-play").click()
    assert view.locator("#map-play").get_attribute("aria-pressed") == "false"
    # Any day: the slider moved by the keyboard lands between changes.
    slider.focus()
    view.keyboard.press("ArrowRight")
    assert view.input_value("#as-of-date") == (
        dt.date.fromisoformat(view.input_value("#as-of-date")).isoformat()
    )
    assert no_horizontal_overflow(view)
    assert view.errors == []


def test_the_regional_view_zooms_the_map(view):
    view.goto("/map/?date=2021-01-31")
    drawn(view)
    world = view.evaluate(
        "() => document.getElementById('map-chart')._fullLayout.geo.lonaxis.range"
    )
    view.select_option("#map-view", "mena")
    view.wait_for_url(re.compile(r"view=mena"))
    view.wait_for_selector('#map-region[data-view="mena"] #map-chart[data-figure-state="drawn"]')
    mena = view.evaluate("() => document.getElementById('map-chart')._fullLayout.geo.lonaxis.range")
    assert mena[1] - mena[0] < (world[1] - world[0]) / 2
    assert (
        "Region: Middle East, North Africa and Central Asia"
        in view.locator("#chart-subtitle").inner_text()
    )
    assert no_horizontal_overflow(view)
    assert view.errors == []


@pytest.mark.parametrize("iso2,name", [("IL", "Israel"), ("BH", "Bahrain")])
def test_israel_and_bahrain_can_be_hovered_and_clicked(view, iso2, name):
    view.goto("/map/?date=2021-01-31")
    drawn(view)
    view.locator("#map-chart").scroll_into_view_if_needed()  # below the fold on a phone
    centre = view.evaluate(
        """([lon, lat]) => {
             const point = Array.from(document.querySelectorAll('#map-chart .scattergeo .point'))
               .find(p => p.__data__ && p.__data__.lonlat
                 && p.__data__.lonlat[0] === lon && p.__data__.lonlat[1] === lat);
             if (!point) return null;
             const r = point.getBoundingClientRect();
             return {x: r.x + r.width / 2, y: r.y + r.height / 2, size: r.width};
           }""",
        list(SMALL_COUNTRY_CENTROIDS[iso2]),
    )
    assert centre is not None and centre["size"] >= 8
    view.mouse.move(centre["x"], centre["y"])
    view.wait_for_function(
        "name => (document.querySelector('#map-chart .hoverlayer .hovertext') || {})"
        ".textContent?.includes(name)",
        arg=name,
    )
    view.mouse.click(centre["x"], centre["y"])
    view.wait_for_url(re.compile(rf"/countries/{iso2}/$"))
    assert view.locator("h1").inner_text() == name


def test_a_step_known_only_to_its_year_is_noted_inside_that_year(view):
    rtl_sources()
    view.goto("/map/?date=2025-06-01")
    drawn(view)
    notes = view.locator("#period-notes").inner_text()
    assert "Saudi Arabia" in notes and "“2025”" in notes
    assert "1 January" not in view.locator("#map-table").inner_text()
    view.goto("/map/?date=2026-01-02")
    assert view.locator("#period-notes").count() == 0
    view.goto("/countries/SA/")
    assert "in 2025" in view.locator("#history").inner_text()


# --- 3, 4. the timeline; citable, downloadable charts ----------------------------------------


def test_the_timeline_reads_and_downloads_as_png_svg_and_csv(view, tmp_path):
    view.goto("/timeline/")
    drawn(view)
    layout = view.evaluate(
        "() => document.getElementById('timeline-chart')._fullLayout.xaxis.rangebreaks"
    )
    assert layout and layout[0]["enabled"] is not False  # 2021-2025 cut out
    # Morocco's two steps (12 days apart) do not sit on each other.
    boxes = view.evaluate(
        """() => Array.from(document.querySelectorAll('#timeline-chart .scatterlayer .point'))
             .map(p => p.getBoundingClientRect()).map(r => [r.x, r.y, r.width])"""
    )
    assert len(boxes) == StatusEvent.objects.count()
    for i, (x1, y1, w1) in enumerate(boxes):
        for x2, y2, _w2 in boxes[i + 1 :]:
            assert abs(x1 - x2) >= w1 * 0.6 or abs(y1 - y2) >= w1 * 0.6
    with view.expect_download() as png:
        view.locator('#timeline-region button[data-download="png"]').click()
    path = tmp_path / "timeline.png"
    png.value.save_as(path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    with view.expect_download() as svg:
        view.locator('#timeline-region button[data-download="svg"]').click()
    text = Path(svg.value.path()).read_text(encoding="utf-8")
    assert "Every confirmed step towards the Abraham Accords" in text
    assert "(confirmed by editors)" in text and "CC BY 4.0" in text
    assert svg.value.suggested_filename.endswith(".svg")
    with view.expect_download() as csv_file:
        view.locator('#timeline-region a[data-download="csv"]').click()
    assert Path(csv_file.value.path()).read_text(encoding="utf-8").startswith("id,iso2,iso3")
    assert no_horizontal_overflow(view)
    assert view.errors == []


def test_the_map_downloads_the_view_it_shows(view):
    view.goto("/map/?date=2021-01-31&view=mena")
    drawn(view)
    with view.expect_download() as svg:
        view.locator('#map-region button[data-download="svg"]').click()
    assert svg.value.suggested_filename == "abraham-accords-map-mena-2021-01-31.svg"
    text = Path(svg.value.path()).read_text(encoding="utf-8")
    assert "The Abraham Accords on 31 January 2021" in text and "CC BY 4.0" in text
    assert (
        view.locator('#map-region a[data-download="csv"]')
        .get_attribute("href")
        .endswith("?as_of=2021-01-31")
    )


# --- 5, 7. how we know; mixed scripts ----------------------------------------------------------


def test_the_method_page_shows_the_measured_figures(view):
    data = json.loads(
        (Path(settings.BASE_DIR) / "accords" / "data" / "parser-accuracy.json").read_text(
            encoding="utf-8"
        )
    )
    view.goto("/method/")
    assert data["measured"] in view.locator("#accuracy-measured").inner_text()
    for code, figures in data["languages"].items():
        row = view.locator(f'#accuracy-table tr[data-language="{code}"]').inner_text()
        assert floatformat(figures["f1"], 2) in row and floatformat(figures["recall"], 2) in row
    held_out = data["real_news"]["held_out"]["overall"]["f1"]
    assert data["real_news"]["measured"] in view.locator("#accuracy-real-measured").inner_text()
    assert (
        floatformat(held_out, 2)
        in view.locator('#accuracy-real-table tr[data-language="all"]').inner_text()
    )
    assert no_horizontal_overflow(view)


def test_right_to_left_sources_keep_their_order_and_direction(view):
    rtl_sources()
    view.goto("/countries/KZ/")
    citations = view.locator("#history .citation")
    assert citations.count() == 3  # the reference source, then the Arabic and Hebrew ones
    arabic = citations.nth(1)
    quote = arabic.locator("blockquote")
    assert quote.get_attribute("dir") == "rtl" and quote.get_attribute("lang") == "ar"
    assert quote.evaluate("q => getComputedStyle(q).direction") == "rtl"
    # The outlet is isolated, so the date after it stays after it.
    head = arabic.locator(".citation-head").inner_text()
    assert head.index("صحيفة الاختبار") < head.index("7 November 2025")
    assert arabic.locator(".citation-head bdi").count() >= 1
    # One source per line: each citation is its own block, below the previous one.
    tops = [c.bounding_box()["y"] for c in citations.all()]
    assert tops == sorted(tops) and len(set(tops)) == 3
    # Quote marks are inside the quotation.
    assert quote.evaluate("q => getComputedStyle(q, '::before').content") != "none"
    assert (
        "proposed by the parser from 2 articles in 2 language(s)"
        in view.locator("#history").inner_text()
    )
    assert no_horizontal_overflow(view)
    assert view.errors == []


# --- 6, 8. phones, accessibility, console, screenshots -----------------------------------------

PUBLIC_PAGES = [
    "/",
    "/map/",
    "/map/?date=2020-09-01",
    "/map/?tab=timeline",
    "/map/?tab=table",
    "/map/?view=africa",
    "/timeline/",
    "/timeline/?status=withdrawn",
    "/countries/AE/",
    "/countries/KZ/",
    "/countries/NO/",
    "/method/",
    "/feed/about/",
    "/countries/QQQ/",
]


def _axe(page):
    page.evaluate(AXE)
    return page.evaluate(
        """async () => {
             const result = await axe.run(document, {resultTypes: ['violations']});
             return result.violations
               .filter(v => v.impact === 'serious' || v.impact === 'critical')
               .map(v => ({id: v.id, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
           }"""
    )


def test_every_public_page_fits_passes_axe_and_logs_no_error(view, size):
    rtl_sources()
    ARTIFACTS.mkdir(exist_ok=True)
    problems = {}
    for url in PUBLIC_PAGES:
        view.errors.clear()
        view.goto(url)
        drawn(view)
        name = re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "home"
        view.screenshot(path=str(ARTIFACTS / f"page-{name}-{size}.png"), full_page=True)
        found = []
        if view.locator(".modebar").count():  # no plotly toolbar: the figure has its buttons
            found.append("plotly toolbar")
        if not no_horizontal_overflow(view):
            found.append("horizontal overflow")
        errors = [e for e in view.errors if "404" not in e or url != "/countries/QQQ/"]
        if errors:
            found.append(errors)
        violations = _axe(view)
        if violations:
            found.append(violations)
        if found:
            problems[url] = found
    assert problems == {}


def test_the_favicon_and_the_feed_page(view):
    response = view.request.get("/favicon.ico")
    assert response.ok and "svg" in response.headers["content-type"]
    view.goto("/")
    view.get_by_role("link", name="Follow confirmed changes (Atom feed)").click()
    view.wait_for_url(re.compile(r"/feed/about/$"))
    assert view.locator("#feed-url").inner_text().endswith("/feed/")


def test_israel_can_be_tapped_on_a_touch_screen(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        has_touch=True,
        is_mobile=True,
        device_scale_factor=2,
    )
    page = context.new_page()
    try:
        page.goto("/map/?date=2021-01-31&view=mena")
        drawn(page)
        page.locator("#map-chart").scroll_into_view_if_needed()
        centre = page.evaluate(
            """([lon, lat]) => {
                 const point = Array.from(document.querySelectorAll('#map-chart .scattergeo .point'))
                   .find(p => p.__data__ && p.__data__.lonlat
                     && p.__data__.lonlat[0] === lon && p.__data__.lonlat[1] === lat);
                 const r = point.getBoundingClientRect();
                 return {x: r.x + r.width / 2, y: r.y + r.height / 2};
               }""",
            list(SMALL_COUNTRY_CENTROIDS["IL"]),
        )
        assert page.locator(".modebar").count() == 0
        page.touchscreen.tap(centre["x"], centre["y"])
        page.wait_for_url(re.compile(r"/countries/IL/$"))
        assert page.locator("h1").inner_text() == "Israel"
    finally:
        context.close()
