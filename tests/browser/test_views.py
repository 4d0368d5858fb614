"""The public pages in a real browser: Debian's Chromium driven by Playwright.

The `page` fixture (tests/conftest.py) fails a test on any request to another origin and
keeps a screenshot of the final state in test-artifacts/<test name>.png.
"""

import re
from pathlib import Path

import pytest
from django.core.cache import cache

from accords import services
from accords.charts import SMALL_COUNTRY_CENTROIDS, STATUS_COLORS
from accords.models import Citation, StatusEvent
from tests.builders import article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = (Path(__file__).parent.parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
DRAWN = '[data-figure-state="drawn"]'


@pytest.fixture(autouse=True)
def _reference():
    cache.clear()
    services.reference_load()
    yield
    cache.clear()


def rgb(hex_colour):
    value = hex_colour.lstrip("#")
    return "rgb({}, {}, {})".format(*(int(value[i : i + 2], 16) for i in (0, 2, 4)))


def map_colours(page):
    """{iso3: fill colour} of every country shape the map draws in a status colour."""
    return page.evaluate(
        """() => Object.fromEntries(
             Array.from(document.querySelectorAll('#map-chart .choroplethlocation'))
               .filter(p => (p.getAttribute('d') || '').length > 1)
               .map(p => [p.__data__.loc, getComputedStyle(p).fill]))"""
    )


def by_status(colours):
    names = {rgb(colour): status for status, colour in STATUS_COLORS.items()}
    out = {}
    for iso3, fill in colours.items():
        out.setdefault(names.get(fill, fill), set()).add(iso3)
    return out


def timeline_points(page):
    return page.locator("#timeline-chart .scatterlayer .trace .point").count()


def test_the_timeline_draws_exactly_the_confirmed_events(page):
    page.goto("/timeline/")
    page.wait_for_selector("#timeline-chart" + DRAWN)
    assert timeline_points(page) == StatusEvent.objects.filter(reverted_at__isnull=True).count()
    assert page.locator("#timeline-table tbody tr").count() == timeline_points(page)


def test_a_click_on_a_timeline_mark_opens_the_country_page(page):
    page.goto("/timeline/?region=143")  # Central Asia: Kazakhstan alone
    page.wait_for_selector("#timeline-chart" + DRAWN)
    box = page.locator("#timeline-chart .scatterlayer .trace .point").first.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"/countries/KZ/$"))
    assert page.locator("h1").inner_text() == "Kazakhstan"


def test_a_filter_swaps_the_chart_without_a_reload_and_changes_the_url(page):
    page.goto("/timeline/")
    page.wait_for_selector("#timeline-chart" + DRAWN)
    page.evaluate("() => { window.notReloaded = true; }")
    page.get_by_label("Signed").check()
    page.wait_for_url(re.compile(r"/timeline/\?status=signed$"))
    page.wait_for_function(
        "() => document.querySelectorAll('#timeline-table tbody tr').length === 6"
    )
    page.wait_for_selector("#timeline-chart" + DRAWN)
    assert timeline_points(page) == 6
    assert page.evaluate("() => window.notReloaded") is True
    page.select_option("#filter-region", "015")  # Northern Africa
    page.wait_for_url(re.compile(r"status=signed&region=015$"))
    page.wait_for_function(
        "() => document.querySelectorAll('#timeline-table tbody tr').length === 2"
    )
    page.wait_for_selector("#timeline-chart" + DRAWN)
    assert timeline_points(page) == 2
    # The address is a real view: loading it afresh shows the same events.
    page.goto(page.url)
    page.wait_for_selector("#timeline-chart" + DRAWN)
    assert timeline_points(page) == 2


def test_the_map_colours_the_right_countries_and_moving_the_date_changes_them(page):
    page.goto("/map/?date=2020-09-01")
    page.wait_for_selector("#map-chart" + DRAWN, timeout=60_000)
    before = by_status(map_colours(page))
    # Nobody has signed yet, not even the founding parties (on 15 September 2020).
    assert before == {"announced": {"ARE"}}

    page.fill("#as-of-date", "2021-01-31")
    page.locator("#as-of-date").dispatch_event("change")
    page.wait_for_url(re.compile(r"/map/\?date=2021-01-31$"))
    page.wait_for_selector(
        '#map-region[data-as-of="2021-01-31"] #map-chart' + DRAWN, timeout=60_000
    )
    after = by_status(map_colours(page))
    assert after["signed"] == {"BHR", "SDN", "MAR"}
    assert after["ratified"] == {"ARE"}  # the UAE cabinet approved its treaty, 19 October 2020
    assert after["founding"] == {"ISR", "USA"}
    assert "KAZ" not in set().union(*after.values())


def test_the_step_buttons_move_over_the_change_dates(page):
    page.goto("/map/?date=2020-09-01")
    page.wait_for_selector("#map-chart" + DRAWN, timeout=60_000)
    assert page.locator("#as-of-slider").is_visible()
    for expected in [
        "2020-09-11",
        "2020-09-15",
        "2020-10-19",
        "2020-10-23",
        "2020-12-10",
        "2020-12-22",
        "2021-01-06",
    ]:  # ... to Sudan's signing
        page.locator("#map-step-forward").click()
        page.wait_for_selector(
            f'#map-region[data-as-of="{expected}"] #map-chart' + DRAWN, timeout=60_000
        )
    assert page.input_value("#as-of-date") == "2021-01-06"
    assert "6 January 2021" in page.locator("#as-of-output").inner_text()
    assert by_status(map_colours(page))["signed"] == {"BHR", "SDN", "MAR"}


def test_bahrain_can_be_hovered_and_clicked_on_the_world_map(page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/map/?date=2021-01-31")
    page.wait_for_selector("#map-chart" + DRAWN, timeout=60_000)
    centre = page.evaluate(
        """([lon, lat]) => {
             const point = Array.from(document.querySelectorAll('#map-chart .scattergeo .point'))
               .find(p => p.__data__ && p.__data__.lonlat
                 && p.__data__.lonlat[0] === lon && p.__data__.lonlat[1] === lat);
             if (!point) return null;
             const r = point.getBoundingClientRect();
             return {x: r.x + r.width / 2, y: r.y + r.height / 2};
           }""",
        list(SMALL_COUNTRY_CENTROIDS["BH"]),
    )
    assert centre is not None
    page.mouse.move(centre["x"], centre["y"])
    page.wait_for_function(
        "() => (document.querySelector('#map-chart .hoverlayer .hovertext') || {})"
        ".textContent?.includes('Bahrain')"
    )
    page.mouse.click(centre["x"], centre["y"])
    page.wait_for_url(re.compile(r"/countries/BH/$"))
    assert page.locator("h1").inner_text() == "Bahrain"


def test_the_indonesian_interface_renders(page):
    page.goto("/")
    page.select_option("#language-select", "id")
    page.get_by_role("button", name="Change").click()
    page.wait_for_selector('html[lang="id"]')
    page.wait_for_selector("#map-chart" + DRAWN, timeout=60_000)
    assert page.locator("h1").inner_text() == "Siapa yang telah bergabung dengan Abraham Accords"
    legend = page.locator("#map-chart .legend").text_content()
    assert "Ditandatangani" in legend and "Pihak pendiri" in legend
    page.goto("/timeline/")
    page.wait_for_selector("#timeline-chart" + DRAWN)
    assert "Uni Emirat Arab" in page.locator("#timeline-chart").inner_text()
    page.goto("/countries/MA/")
    assert "22 Desember 2020" in page.locator("#history").inner_text()


def _axe_violations(page):
    page.evaluate(AXE)  # evaluated by the driver, so no inline script meets the page's CSP
    return page.evaluate(
        """async () => {
             const result = await axe.run(document, {resultTypes: ['violations']});
             return result.violations
               .filter(v => v.impact === 'serious' || v.impact === 'critical')
               .map(v => ({id: v.id, impact: v.impact,
                           nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
           }"""
    )


def test_no_public_page_has_a_serious_or_critical_accessibility_violation(page):
    event = StatusEvent.objects.get(country__iso2="KZ")
    source = article(language="id", outlet="Kompas", url=None)
    Citation.objects.create(
        event=event, article=source, outlet="Kompas", language="id", evidence=source.text
    )
    found = {}
    for url in [
        "/",
        "/timeline/",
        "/timeline/?status=withdrawn",
        "/map/",
        "/map/?date=2019-01-01",
        "/countries/AE/",
        "/countries/KZ/",
        "/countries/SA/",
        f"/articles/{source.pk}/",
    ]:
        page.goto(url)
        for chart in page.locator("[data-figure]").all():
            chart.wait_for(state="attached")
        page.wait_for_function(
            "() => Array.from(document.querySelectorAll('[data-figure]'))"
            ".every(el => el.dataset.figureState === 'drawn')",
            timeout=60_000,
        )
        violations = _axe_violations(page)
        if violations:
            found[url] = violations
    assert found == {}
