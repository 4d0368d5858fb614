"""Round thirty-two, talks told "far along" are negotiations, as "well advanced" were: "The talks
with Saudi Arabia were fairly far along that summer", "Saudi Arabia's talks were far along in
2023". Round thirty-one carried the French and Spanish forms ("bien avancés", "muy
avanzados"). Near misses: a road or a season far along. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import N, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords were meant to grow. The talks with Saudi Arabia were fairly far along that summer.",
            {("SA", N)},
        ),
        (
            "The Abraham Accords were meant to grow. Saudi Arabia's talks were far along in 2023.",
            {("SA", N, "2023")},
        ),
        # near misses: no talks
        (
            "The Abraham Accords were meant to grow. The road to Riyadh was far along the coast.",
            set(),
        ),
        (
            "The Abraham Accords were meant to grow. The Saudi harvest was far along by June.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_far_along_talks(language, text, expected):
    check_case(language, text, expected)
