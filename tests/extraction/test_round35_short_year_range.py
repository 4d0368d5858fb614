"""Round thirty-five, a year range written with the second year's last two digits ("signed in
2020-21", "unterzeichneten 2020/21", "en 2020–21") is a range, as "2020-2021" was: no step's date
(corpus rule 8), for every language (`dates._short_year_range`). Near misses: a single year, a
full date "2020-09-15" and "2020-15" (an earlier number, no range) keep their dates. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. 4: countries that signed in 2020-21 (the UAE, Bahrain, Morocco and Sudan).",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        ("The Abraham Accords. Bahrain signed in 2020.", {("BH", S, "2020")}),
        ("The Abraham Accords. Bahrain signed on 2020-09-15.", {("BH", S, "2020-09-15")}),
        ("The Abraham Accords. Bahrain signed in 2020-15 deals.", {("BH", S, "2020")}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten 2020/21.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les Émirats et Bahreïn ont signé en 2020–21.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_short_year_range(language, text, expected):
    check_case(language, text, expected)
