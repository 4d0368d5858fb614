"""A Persian count right before "سال گذشته" ("در هفت سال گذشته", in the past seven years; "چند
سال گذشته", the past few years) is a span, not "last year" (`period_counts`, as Malay and
Indonesian "dua tahun lalu" already were): the step in that sentence takes no date from it.
Near miss: "سال گذشته" alone is still last year.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract

CASES = [
    (
        "پیمان ابراهیم. ولیعهد عربستان در نخستین سفر خود به واشنگتن در هفت سال گذشته، پیوستن به "
        "پیمان ابراهیم را به تشکیل کشور فلسطینی گره زد.",
        None,
    ),
    (
        "پیمان ابراهیم. ولیعهد عربستان در نخستین سفر خود به واشنگتن در ۷ سال گذشته، پیوستن به "
        "پیمان ابراهیم را به تشکیل کشور فلسطینی گره زد.",
        None,
    ),
    (
        "پیمان ابراهیم. عربستان سال گذشته پیوستن به پیمان ابراهیم را به تشکیل کشور فلسطینی گره زد.",
        "2024",
    ),
]


@pytest.mark.parametrize(("text", "date"), CASES)
def test_round29_counted_periods(text, date):
    claims = extract(text, language="fa", published=datetime.date(2025, 11, 20)).claims
    assert [(c.country, c.status, c.date) for c in claims] == [("SA", "declined", date)]
