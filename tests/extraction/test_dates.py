"""Dates found in a stretch of folded text: two years joined into a span date nothing, by one
definition of what joins them (the language's conjunctions, a dash or slash, "to", "bis", "à",
"hasta", "до"), both where the two years stand together and where a month borrows the year
named last before it.  Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction.dates import find_dates
from accords.extraction.languages import get_language
from accords.extraction.text import fold

PUBLISHED = datetime.date(2026, 1, 15)


def _dates(code, text):
    folded, _ = fold(text)
    return [
        (d.value, d.precision)
        for d in find_dates(folded, 0, len(folded), get_language(code), PUBLISHED)
    ]


@pytest.mark.parametrize(
    "code, text",
    [
        ("en", "The first members signed in 2020 and 2021."),
        ("en", "The first members signed from 2020 to 2021."),
        ("en", "The first members signed in 2020-2021."),
        ("fr", "Les premiers membres ont signé de 2020 à 2021."),
        ("fr", "Les premiers membres ont signé en 2020 et 2021."),
        ("de", "Die ersten Mitglieder unterzeichneten von 2020 bis 2021."),
        ("es", "Los primeros miembros firmaron de 2020 a 2021."),
        ("ru", "Первые участники подписали их с 2020 по 2021 год."),
        ("ar", "وقعت الدول الأولى في 2020 و2021."),
    ],
)
def test_two_years_joined_into_a_span_date_nothing(code, text):
    assert [d for d in _dates(code, text) if d[1] == "year"] == []


@pytest.mark.parametrize(
    "code, text, expected",
    [
        (
            "en",
            "The UAE signed in 2020, and Kazakhstan joined in 2025.",
            [("2020", "year"), ("2025", "year")],
        ),
        (
            "fr",
            "Les Émirats ont signé en 2020 ; le Kazakhstan a suivi en 2025.",
            [("2020", "year"), ("2025", "year")],
        ),
    ],
)
def test_two_years_of_two_steps_stay_dates(code, text, expected):
    assert _dates(code, text) == expected


@pytest.mark.parametrize(
    "code, text, borrowed",
    [
        ("en", "Morocco signed in 2020. Sudan followed in December.", ("2020-12", "month")),
        (
            "en",
            "Members signed from 2020 to 2021. Sudan followed in December.",
            ("2025-12", "month"),
        ),
        (
            "de",
            "Mitglieder unterzeichneten von 2020 bis 2021. Sudan folgte im Dezember.",
            ("2025-12", "month"),
        ),
    ],
)
def test_a_month_borrows_a_year_named_before_it_unless_that_year_ends_a_span(code, text, borrowed):
    assert borrowed in _dates(code, text)
