"""A line of a members' list may give the date in the local calendar first and the Gregorian one
in brackets after it ("- مراکش: دی ۱۳۹۹ (دسامبر ۲۰۲۰)"): the bracketed date is the line's, as
it is right after the colon ("- مراکش: دسامبر ۲۰۲۰").  A line whose bracketed date is of another
year than the first signatories' steps is no member line.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import found_dated

LIST = (
    "چه کشورهایی عضو پیمان ابراهیم هستند؟\n"
    "- امارات متحده عربی و بحرین: ۲۵ شهریور ۱۳۹۹ (۱۵ سپتامبر ۲۰۲۰)، در کاخ سفید\n"
    "- مراکش: دی ۱۳۹۹ (دسامبر ۲۰۲۰)\n"
    "- سودان: دی ۱۳۹۹ (ژانویه ۲۰۲۱)\n"
)

CASES = [
    (
        "fa",
        LIST,
        {
            ("AE", "signed", "2020-09-15"),
            ("BH", "signed", "2020-09-15"),
            ("MA", "signed", "2020-12"),
            ("SD", "signed", "2021-01"),
        },
    ),
    (
        "fa",
        "اعضای پیمان ابراهیم:\n- مراکش: دسامبر ۲۰۲۰\n- سودان: ژانویه ۲۰۲۱\n",
        {("MA", "signed", "2020-12"), ("SD", "signed", "2021-01")},
    ),
    # near miss: the bracketed date is of another year: no member line
    ("fa", "رویدادهای مهم:\n- سودان: دی ۱۴۰۲ (ژانویه ۲۰۲۴)\n", set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_bracketed_gregorian_date_after_another_calendar_dates_the_line(language, text, expected):
    assert found_dated(text, language, ("AE", "BH", "MA", "SD")) == expected
