"""The figure builders and the vendored map assets (tests/browser/test_charts.py draws them)."""

import datetime as dt
import gzip
import json
import re
from pathlib import Path

import plotly
import plotly.graph_objects as go
import pycountry
import pytest

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
from tests.builders import ACCORDS_ROWS, MEMBER_ROWS, event_row, member_row
from tests.conftest import vendored_topology

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"
BUNDLE = STATIC / "vendor" / "plotly-geo.min.js"
AXE = ROOT / "tests" / "vendor" / "axe.min.js"


def traces(figure, role):
    return [trace for trace in figure["data"] if trace.get("meta", {}).get("role") == role]


def marks(figure):
    """(status, x, iso2, hovertext, url) for every mark of a timeline figure."""
    return [
        (trace["meta"]["status"], x, iso2, text, url)
        for trace in traces(figure, "events")
        for x, iso2, text, url in zip(
            trace["x"],
            trace["meta"]["iso2"],
            trace["hovertext"],
            trace["customdata"],
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
    figure = timeline_figure(ACCORDS_ROWS)

    assert len(marks(figure)) == len(ACCORDS_ROWS)
    # A step known only to its year or month sits in the middle of that period.
    middle = {"day": "{:%Y-%m-%d}", "month": "{:%Y-%m}-15", "year": "{:%Y}-07-01"}
    assert sorted((m[0], m[1], m[2]) for m in marks(figure)) == sorted(
        (e["status"], middle[e["precision"]].format(e["date"]), e["iso2"]) for e in ACCORDS_ROWS
    )
    # Lines are not marks: the spans are drawn without markers.
    assert all(trace["mode"] == "lines" for trace in traces(figure, "span"))


def test_each_mark_takes_the_colour_of_its_status():
    figure = timeline_figure(ACCORDS_ROWS)

    for trace in traces(figure, "events"):
        assert trace["marker"]["color"] == STATUS_COLORS[trace["meta"]["status"]]
        assert trace["legendgroup"] == trace["meta"]["status"]


def test_the_legend_lists_statuses_in_the_taxonomy_order_once_each():
    figure = timeline_figure(ACCORDS_ROWS)

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
    figure = timeline_figure(ACCORDS_ROWS)
    yaxis = figure["layout"]["yaxis"]

    assert figure["layout"]["meta"]["countries"] == ["ID", "AE", "BH", "SD", "MA", "SA", "KZ"]
    assert yaxis["tickvals"] == list(range(7))
    assert yaxis["ticktext"][:3] == ["Indonesia", "United Arab Emirates", "Bahrain"]
    assert yaxis["range"] == [6.5, -0.5]  # earliest at the top


def test_a_line_joins_consecutive_stages_in_the_colour_of_the_earlier_one():
    figure = timeline_figure(ACCORDS_ROWS)
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
    figure = timeline_figure(ACCORDS_ROWS)
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
        [event_row("MA", "signed", dt.date(2020, 12, 22), name="Maroko")], locale="id"
    )

    ((_, _, _, text, _),) = marks(figure)
    assert "22 Desember 2020" in text
    assert text.startswith("<b>Maroko</b>")


def test_every_mark_carries_its_country_page_url():
    figure = timeline_figure(ACCORDS_ROWS)

    assert all(url == f"/countries/{iso2}/" for _, _, iso2, _, url in marks(figure))


def test_names_and_outlets_are_escaped_in_the_hover_text():
    row = event_row(
        "BH", "signed", dt.date(2020, 9, 15), outlets=["<script>x</script>"], name="A & B"
    )

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
        timeline_figure([event_row("BH", "joined", dt.date(2020, 9, 15))])


def test_a_large_timeline_is_one_trace_per_status_however_many_events():
    """10,000 events are drawn as one trace a status, not a trace an event (plotly's cost grows
    with traces); the builder's time is measured in scripts/bench_pages.py, not here."""
    rows = [
        event_row(
            "BH",
            STATUSES[i % len(STATUSES)],
            dt.date(2000, 1, 1) + dt.timedelta(days=i),
            name=f"C{c}",
        )
        | {"iso2": f"{c:03d}"}
        for c in range(250)
        for i in range(40)
    ]

    figure = timeline_figure(rows)

    assert len(marks(figure)) == 10_000
    event_traces = traces(figure, "events")
    assert len(event_traces) <= len(STATUSES)
    assert len(traces(figure, "events")) == len(traces(timeline_figure(rows[:500]), "events"))


# --- map --------------------------------------------------------------------------------


def test_the_map_colours_each_country_by_its_status():
    figure = map_figure(MEMBER_ROWS)
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
    figure = map_figure(MEMBER_ROWS)
    (points,) = [t for t in traces(figure, "small-countries") if t["meta"]["status"] == "signed"]

    assert points["type"] == "scattergeo"
    assert points["meta"]["iso2"] == ["AE", "BH"]  # the UAE too: small on a phone
    points = {
        key: points[key][1:] if key in ("lon", "lat", "customdata", "hovertext") else points[key]
        for key in points
    }
    assert (points["lon"][0], points["lat"][0]) == SMALL_COUNTRY_CENTROIDS["BH"]
    assert points["marker"]["color"] == STATUS_COLORS["signed"]
    assert points["customdata"] == ["/countries/BH/"]
    assert points["hovertext"] == ["<b>Bahrain</b><br>Signed<br>since 15 September 2020"]
    # One legend entry per status: the marker belongs to the choropleth's entry.
    assert points["showlegend"] is False and points["legendgroup"] == "signed"


def test_the_map_hover_text_gives_the_date_since_at_its_precision():
    figure = map_figure(MEMBER_ROWS, locale="id")
    texts = {
        location: text
        for trace in traces(figure, "countries")
        for location, text in zip(trace["locations"], trace["hovertext"], strict=True)
    }

    assert texts["SAU"].endswith("sejak Februari 2024") or texts["SAU"].endswith("Februari 2024")
    assert "2024-02-01" not in texts["SAU"]


def test_the_map_is_a_natural_earth_world_at_50_m_without_frame():
    geo = map_figure(MEMBER_ROWS)["layout"]["geo"]

    assert geo["projection"] == {"type": "natural earth"}
    assert geo["resolution"] == 50  # Bahrain is missing from the 110 m geometry
    assert geo["showframe"] is False
    assert geo["fitbounds"] is False


def test_the_map_says_which_date_it_shows():
    figure = map_figure(MEMBER_ROWS, as_of=dt.date(2021, 1, 31))

    assert figure["layout"]["annotations"][0]["text"] == "As of 31 January 2021"


def test_an_empty_map_still_draws_the_world_and_says_why():
    figure = map_figure([], as_of=dt.date(2019, 1, 1))

    assert [trace["type"] for trace in figure["data"]] == ["scattergeo"]
    texts = [annotation["text"] for annotation in figure["layout"]["annotations"]]
    assert "No country had a confirmed status on this date." in texts


@pytest.mark.parametrize(
    "figure",
    [
        pytest.param(lambda: timeline_figure(ACCORDS_ROWS), id="timeline"),
        pytest.param(lambda: timeline_figure([]), id="empty-timeline"),
        pytest.param(lambda: map_figure(MEMBER_ROWS, as_of=dt.date(2021, 1, 1)), id="map"),
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


def _bounding_boxes():
    """ISO-3 id -> (west, south, east, north) of its shapes in the vendored topojson."""
    topology = vendored_topology()
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
    ids = {geometry["id"] for geometry in vendored_topology()["objects"]["countries"]["geometries"]}

    assert {"BHR", "SGP", "MLT", "MDV", "ISR", "ARE", "MAR", "SDN", "KAZ", "USA"} <= ids
    assert len(ids) > 240


def test_each_country_is_one_shape_so_the_choropleth_colours_all_of_it():
    # plotly colours only the first shape with an id: Gaza without the West Bank, the
    # Ilemi triangle without South Sudan (vendor_assets.sh merges them).
    ids = [geometry["id"] for geometry in vendored_topology()["objects"]["countries"]["geometries"]]

    assert len(ids) == len(set(ids))
    (palestine,) = [
        g for g in vendored_topology()["objects"]["countries"]["geometries"] if g["id"] == "PSE"
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


# --- the frame: contrast, precision, broken axis, nearby steps ---------------------------


@pytest.mark.parametrize("status", LEGEND_ORDER)
def test_every_status_stands_out_from_the_land_by_its_fill_or_its_outline(status):
    from accords.charts import LAND, needs_outline

    (trace,) = traces(map_figure([member_row("KZ", status)]), "countries")
    edge = trace["marker"]["line"]["color"] if needs_outline(status) else STATUS_COLORS[status]
    assert _contrast(edge, LAND) >= 3


def test_a_step_known_only_to_its_year_is_drawn_paler_inside_that_year():
    from accords.charts import uncertain_on

    row = member_row("SA", "declined", since=dt.date(2024, 1, 1), precision="year")
    assert uncertain_on(row, dt.date(2024, 6, 1)) and not uncertain_on(row, dt.date(2025, 1, 1))
    (inside,) = traces(map_figure([row], as_of=dt.date(2024, 6, 1)), "countries")
    assert inside["meta"]["uncertain"] is True and inside["marker"]["opacity"] < 1
    assert "in 2024" in inside["hovertext"][0] and "may not have happened" in inside["hovertext"][0]
    (after,) = traces(map_figure([row], as_of=dt.date(2025, 1, 1)), "countries")
    assert after["meta"]["uncertain"] is False


def test_a_timeline_step_known_only_to_its_year_is_a_bar_over_the_year():
    figure = timeline_figure(ACCORDS_ROWS)
    (period,) = [t for t in traces(figure, "period") if t["meta"]["status"] == "prospective"]
    assert period["x"] == ["2020-01-01", "2020-12-31", None]


def test_the_timeline_axis_skips_the_years_without_steps():
    figure = timeline_figure(ACCORDS_ROWS)
    cut, _later = figure["layout"]["xaxis"]["rangebreaks"]
    start, end = (dt.date.fromisoformat(d) for d in cut["bounds"])
    # SA's February 2024 and KZ's November 2025 are more than a year apart; 2021-2023 empty.
    assert dt.date(2021, 1, 6) < start < dt.date(2021, 12, 31)
    assert dt.date(2022, 1, 1) < end < dt.date(2024, 2, 1)


def test_nearby_steps_of_one_country_are_moved_apart():
    rows = [
        event_row("MA", "announced", dt.date(2020, 12, 10)),
        event_row("MA", "signed", dt.date(2020, 12, 22)),
        event_row("KZ", "announced", dt.date(2025, 11, 6)),
    ]
    figure = timeline_figure(rows)
    ys = {
        (t["meta"]["status"], iso2): y
        for t in traces(figure, "events")
        for iso2, y in zip(t["meta"]["iso2"], t["y"], strict=True)
    }
    assert ys[("announced", "MA")] != ys[("signed", "MA")]
    assert abs(ys[("announced", "MA")] - ys[("signed", "MA")]) < 0.5  # still on its row


def test_founding_parties_are_marked_on_the_timeline_as_on_the_map():
    rows = [
        event_row("IL", "signed", dt.date(2020, 9, 15)) | {"founding": True},
        event_row("AE", "signed", dt.date(2020, 9, 15)),
    ]
    figure = timeline_figure(rows)
    (founders,) = [t for t in traces(figure, "events") if t["meta"]["status"] == "founding"]
    assert founders["marker"]["color"] == STATUS_COLORS["founding"]
    assert founders["meta"]["iso2"] == ["IL"] and founders["meta"]["statuses"] == ["signed"]


def test_tooltips_are_ink_on_white():
    for figure in (timeline_figure(ACCORDS_ROWS), map_figure(MEMBER_ROWS)):
        label = figure["layout"]["hoverlabel"]
        assert _contrast(label["bgcolor"], label["font"]["color"]) >= 4.5


def test_the_regional_views_zoom_the_map():
    world = map_figure(MEMBER_ROWS)["layout"]["geo"]
    mena = map_figure(MEMBER_ROWS, view="mena")["layout"]["geo"]
    assert (
        "lonaxis" not in world and mena["lonaxis"]["range"][1] - mena["lonaxis"]["range"][0] < 120
    )
    assert map_figure(MEMBER_ROWS, view="mena")["layout"]["meta"]["view"] == "mena"


def test_israel_and_bahrain_have_markers():
    small = {
        iso2
        for t in traces(map_figure(MEMBER_ROWS), "small-countries")
        for iso2 in t["meta"]["iso2"]
    }
    assert {"IL", "BH"} <= small
