"""Round forty-seven, a numeric date whose dots are each followed by a space ("VAE und Bahrain
(15. 9. 2020)", "Kasachstan (6. 11. 2025)", as Swiss and German fact boxes print them): read as the
day, month and year it writes, as "15.9.2020" already was, in every language whose data file reads
numeric dates day first. Near miss: a number and a year that make no day and month ("Punkt 3.
2021 war ein Jahr des Umbruchs") are no date for the signing told before.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found_dated

CASES = {
    "de": [
        (
            "Faktenbox: Die Abraham-Abkommen\nUnterzeichnet: VAE und Bahrain (15. 9. 2020), "
            "Marokko (22. 12. 2020)\nBeitritt angekündigt: Kasachstan (6. 11. 2025)",
            {
                ("AE", S, "2020-09-15"),
                ("BH", S, "2020-09-15"),
                ("MA", S, "2020-12-22"),
                ("KZ", A, "2025-11-06"),
            },
        ),
        (
            "Der Sudan unterzeichnete die Abraham-Abkommen am 6. 1. 2021 in Khartum.",
            {("SD", S, "2021-01-06")},
        ),
        (
            "Der Sudan unterzeichnete die Abraham-Abkommen in Khartum. Punkt 3. 2021 war ein "
            "Jahr des Umbruchs.",
            {("SD", S, None)},
        ),
    ],
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham le 6. 1. 2021 à Khartoum.",
            {("SD", S, "2021-01-06")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_spaced_numeric_date(language, text, expected):
    assert found_dated(text, language, {"AE", "BH", "MA", "SD", "KZ"}) == expected
