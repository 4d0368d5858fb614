"""A founder floating names: "officials in Washington have also floated Uzbekistan and
Mauritania", "Washington has floated Oman as the next member": the countries after the verb
are others' candidates. Only the founder's officials, envoys or capital float them; near
misses: a country floating an idea or a plan itself, and a founder floating a summit held in
a country give no candidacy.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "On the Abraham Accords, officials in Washington have also floated Uzbekistan and Mauritania, "
            "neither of which has commented.",
            {("UZ", P), ("MR", P)},
        ),
        ("On the Abraham Accords, Washington has floated Oman as the next member.", {("OM", P)}),
        ("On the Abraham Accords, Saudi Arabia has floated the idea of a regional summit.", set()),
        ("On the Abraham Accords, officials in Washington have floated a summit in Qatar.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_floated(language, text, expected):
    check_case(language, text, expected)
