"""Round thirty-three, talks or "the whole effort" put "into the deep freeze" with the definite
article are halted ("The war put the whole effort into the deep freeze, where it has stayed",
"The talks are in the deep freeze"; "into a deep freeze" was read), and German talks or a
process banished "in die Tiefkühltruhe". Near misses: another effort of the country's own (a gas
export effort) and a negated freeze give no halt. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "Saudi Arabia and Israel spent 2023 on normalisation. The war put the whole effort into the deep freeze, where it has stayed.",
            {("SA", U)},
        ),
        (
            "Saudi Arabia and Israel spent 2023 on normalisation. The talks are in the deep freeze.",
            {("SA", U)},
        ),
        # near misses
        (
            "The Abraham Accords are discussed. Oman put its gas export effort into the deep freeze.",
            set(),
        ),
        (
            "Saudi Arabia and Israel spent 2023 on normalisation. The talks are not in the deep freeze.",
            set(),
        ),
    ],
    "de": [
        (
            "Saudi-Arabien verhandelte 2023 mit Israel über eine Normalisierung. Der Krieg hat den ganzen Prozess in die Tiefkühltruhe verbannt.",
            {("SA", N), ("SA", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_deep_freeze(language, text, expected):
    check_case(language, text, expected)
