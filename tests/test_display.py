"""accords.display: the one evidence highlighter (both overlap modes), the status badge,
dates at their precision."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import translation

from accords import display
from accords.review import mark_claims

TEXT = "Rabat & Tel Aviv signed <today>."


def test_merge_mode_joins_overlapping_and_touching_spans_into_one_mark():
    html = display.highlight(TEXT, [(0, 5), (3, 8), (8, 16)], mode=display.MERGE)
    assert html == ('<mark class="evidence">Rabat &amp; Tel Aviv</mark> signed &lt;today&gt;.')


def test_first_mode_keeps_the_first_of_overlapping_spans_and_drops_the_other():
    html = display.highlight(TEXT, [(8, 16), (0, 5), (3, 12)], mode=display.FIRST)
    assert html == (
        '<mark class="evidence">Rabat</mark> &amp; '
        '<mark class="evidence">Tel Aviv</mark> signed &lt;today&gt;.'
    )


@pytest.mark.parametrize("mode", [display.MERGE, display.FIRST])
def test_both_modes_escape_everything_and_skip_empty_or_out_of_range_spans(mode):
    html = display.highlight(TEXT, [(4, 4), (30, 99)], mode=mode, css_class="country")
    assert html == "Rabat &amp; Tel Aviv signed &lt;today&gt;."
    assert "<mark" not in html


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="unknown highlight mode"):
        display.highlight(TEXT, [(0, 5)], mode="union")


def test_marks_carry_the_attributes_the_caller_gives_them():
    html = display.highlight(
        TEXT, [(0, 5)], mode=display.FIRST, attrs=lambda start, end: f'data-span="{start}-{end}"'
    )
    assert html.startswith('<mark class="evidence" data-span="0-5">Rabat</mark>')


def test_the_desk_marks_one_sentence_per_claim_group_and_leaves_overlaps_to_the_first():
    claims = [
        SimpleNamespace(pk=7, evidence_start=0, evidence_end=5),
        SimpleNamespace(pk=9, evidence_start=0, evidence_end=5),
        SimpleNamespace(pk=11, evidence_start=3, evidence_end=16),
    ]
    html = mark_claims(TEXT, claims)
    assert html == (
        '<mark class="evidence" id="ev-7" data-claims="7 9">Rabat</mark> '
        "&amp; Tel Aviv signed &lt;today&gt;."
    )


def test_the_admin_highlighter_merges_overlaps():
    html = display.mark_spans(TEXT, [(0, 5), (2, 7)], "country")
    assert html.startswith('<mark class="country">Rabat &amp;</mark>')


def test_a_status_badge_is_one_markup_with_the_label_in_the_readers_language():
    with translation.override("en"):
        assert display.status_badge("signed") == (
            '<span class="status status-signed">Signed</span>'
        )
        assert display.status_badge("founding") == (
            '<span class="status status-founding">Founding party</span>'
        )


def test_a_badge_without_a_status_is_the_none_badge_and_labels_are_escaped():
    assert display.status_badge("") == '<span class="status status-none">—</span>'
    assert display.status_badge("signed", "<b>") == (
        '<span class="status status-signed">&lt;b&gt;</span>'
    )
    assert display.status_badge(
        "declined", "declined", extra_class="current-KZ", attrs='data-current="declined"'
    ) == ('<span class="status status-declined current-KZ" data-current="declined">declined</span>')


def test_dates_are_written_at_their_precision_and_periods_end_where_they_end():
    day = dt.date(2020, 9, 15)
    assert display.format_date(day, "day") == "15 September 2020"
    assert display.format_date(day, "month", "id") == "September 2020"
    assert display.format_date(day, "year") == "2020"
    assert display.period_end(dt.date(2020, 2, 1), "month") == dt.date(2020, 2, 29)
    assert display.period_end(dt.date(2020, 12, 1), "month") == dt.date(2020, 12, 31)
    assert display.since_text(day, "year") == "in 2020"
    assert display.uncertain_on({"since": day, "precision": "year"}, dt.date(2020, 10, 1))
    assert not display.uncertain_on({"since": day, "precision": "day"}, dt.date(2020, 10, 1))


@pytest.mark.parametrize("locale", ["en", "id", "ru", "ar", "zh-hans", "pt-br"])
def test_the_fast_date_writer_matches_babel_day_by_day(locale):
    day = dt.date(1990, 1, 1)
    while day < dt.date(2031, 1, 1):
        for precision in ("day", "month", "year"):
            assert display._format_date.__wrapped__(day, precision, locale) == (
                display._babel_format_date(day, precision, locale)
            ), (day, precision)
        day += dt.timedelta(days=3)


def test_a_pattern_with_fields_the_fast_writer_does_not_know_falls_back_to_babel(monkeypatch):
    monkeypatch.setattr(display, "_NUMBERS", {})
    display._date_pattern.cache_clear()
    try:
        assert display._date_pattern("en", "day") is None
        assert display._format_date.__wrapped__(dt.date(2020, 9, 15), "day", "en") == (
            "15 September 2020"
        )
    finally:
        display._date_pattern.cache_clear()


def test_the_badges_built_once_per_language_are_each_languages_own():
    labels = display.STATUS_LABELS
    for language in ("en", "id", "en"):
        with translation.override(language):
            built = {status: display.status_badge(status) for status in labels}
            assert display.status_badges() == built
    with translation.override("id"):
        indonesian = display.status_badges()["signed"]
    with translation.override("en"):
        assert display.status_badges()["signed"] != indonesian
