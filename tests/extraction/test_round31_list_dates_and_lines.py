"""Dates and lines of members' lists.

A list member's own date right after its name ("Marruecos, en diciembre de 2020, y Sudán, en
enero de 2021") is that member's, not the nearest date of the whole list. A line holding only a
country's name or short name, a dash and a date ("ОАЭ – 15.09.2020", "UAE – September 2020") is
a line of a members' list, not a wire dateline. Near misses: names sharing one date after the
last of them share it; a short name and a dash opening a story's text ("ОАЭ – Президент
страны заявил ...") stays a dateline.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Después se sumaron a los Acuerdos de Abraham Marruecos, en diciembre de 2020, y Sudán, "
            "en enero de 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Los Acuerdos de Abraham fueron firmados el 15 de septiembre de 2020 por Emiratos Árabes "
            "Unidos y Baréin. Después se sumaron Marruecos, en diciembre de ese año, y Sudán, en enero "
            "de 2021.",
            {("AE", S), ("BH", S), ("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "en": [
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020, Morocco, in December "
            "2020, and Sudan, in January 2021.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
        (
            "The Abraham Accords.\nUAE – September 2020\nBahrain – September 2020",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "Morocco and Sudan joined the Abraham Accords in 2020 and 2021.",
            {("MA", S), ("SD", S)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама.\nУчастники:\nОАЭ – 15.09.2020\nБахрейн – 15.09.2020",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("ОАЭ – Президент страны заявил, что соглашения Авраама работают.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round31_list_dates_and_lines(language, text, expected):
    check_case(language, text, expected)
