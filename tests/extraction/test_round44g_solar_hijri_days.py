"""Round forty-four, a day of the Persian (solar Hijri) calendar ("۱۵ آبان ۱۴۰۴", "روز ۹ بهمن"
under a dated page), as Iranian papers date every step: the Gregorian day, converted exactly
(the leap years of the astronomical calendar, 1 Farvardin falling on 20 or 21 March), where the
month alone still gives only the year that is certain. With no year written, the day is the last
such day on or before the publication, as a Gregorian day and month without a year is read; a
year counted back ("۱۵ آبان سال گذشته") gives the year alone, as before; a day the month does not
have (30 Esfand in a common year) gives none. `dates.solar_hijri_day`; no data key (the months
are `solar_hijri_months`). Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract

CASES = [
    # the announcement of 6 November 2025, with and without the year
    (
        "پیمان ابراهیم. قزاقستان در ۱۵ آبان ۱۴۰۴ به پیمان ابراهیم پیوست.",
        "2026-02-10",
        "KZ",
        "2025-11-06",
    ),
    ("پیمان ابراهیم. قزاقستان ۱۵ آبان به پیمان ابراهیم پیوست.", "2026-02-10", "KZ", "2025-11-06"),
    # Dey and Bahman run across the Gregorian New Year: a day in them is still one day
    (
        "پیمان ابراهیم. پاکستان روز ۹ بهمن اعلام کرد که هیچ برنامه‌ای برای پیوستن به پیمان "
        "ابراهیم ندارد.",
        "2026-02-10",
        "PK",
        "2026-01-29",
    ),
    (
        "پیمان ابراهیم. امارات در ۲۵ شهریور ۱۳۹۹ پیمان ابراهیم را امضا کرد.",
        "2025-11-20",
        "AE",
        "2020-09-15",
    ),
    # a leap year's last day (1403 is leap), and the day before Nowruz
    (
        "پیمان ابراهیم. قزاقستان در ۳۰ اسفند ۱۴۰۳ به پیمان ابراهیم پیوست.",
        "2026-02-10",
        "KZ",
        "2025-03-20",
    ),
    # a day the common year does not have: the year alone
    (
        "پیمان ابراهیم. قزاقستان در ۳۰ اسفند ۱۴۰۴ به پیمان ابراهیم پیوست.",
        "2026-04-10",
        "KZ",
        "2026",
    ),
    # the month alone, or a year counted back: the year, as before
    ("پیمان ابراهیم. قزاقستان در آبان ۱۴۰۴ به پیمان ابراهیم پیوست.", "2026-02-10", "KZ", "2025"),
    (
        "پیمان ابراهیم. قزاقستان ۱۵ آبان سال گذشته به پیمان ابراهیم پیوست.",
        "2026-02-10",
        "KZ",
        "2024",
    ),
    # no year and a day after the publication in this year: last year's
    ("پیمان ابراهیم. قزاقستان ۱۵ آبان به پیمان ابراهیم پیوست.", "2026-10-01", "KZ", "2025-11-06"),
]


@pytest.mark.parametrize(("text", "published", "country", "date"), CASES)
def test_solar_hijri_days(text, published, country, date):
    claims = extract(text, language="fa", published=datetime.date.fromisoformat(published)).claims
    assert [(c.country, c.date) for c in claims] == [(country, date)]
