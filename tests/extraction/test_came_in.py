"""Round thirty-two, "came in" with a time after it is a joining told as done, in a relative
clause too: "Morocco, which came in that December, has kept its ties". Round thirty-one read
"will come in" as a joining to come. Near misses: "came in second", "came in for
criticism". Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords were signed in September 2020. Morocco, which came in that December, has kept its ties.",
            {("MA", S)},
        ),
        (
            "The Abraham Accords were signed in 2020. Sudan came in in January 2021.",
            {("SD", S, "2021-01")},
        ),
        # near misses: other senses of "came in"
        ("The Abraham Accords were signed in 2020. Morocco came in second in the league.", set()),
        (
            "The Abraham Accords were signed in 2020. Morocco came in for criticism over Gaza.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_came_in(language, text, expected):
    check_case(language, text, expected)
