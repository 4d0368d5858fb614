"""Round forty-five, candidates told by who named them ("Candidates named by US officials: Saudi
Arabia, Uzbekistan, Azerbaijan" as a fact box's line, "Among the candidates floated by Washington
are Oman and Mauritania"): the countries are others' candidates (prospective), as "possible
candidates" were. Near misses: a fact box line of members stays members. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, found

CASES = {
    "en": [
        (
            "Abraham Accords\n\nKEY FACTS\nMembers: UAE, Bahrain\nCandidates named by US "
            "officials: Saudi Arabia, Uzbekistan, Azerbaijan",
            {("AE", S), ("BH", S), ("SA", P), ("UZ", P), ("AZ", P)},
        ),
        (
            "The Abraham Accords were signed in 2020. Among the candidates floated by "
            "Washington are Oman and Mauritania.",
            {("OM", P), ("MR", P)},
        ),
        (
            "The Abraham Accords were signed in 2020. The contenders mentioned by diplomats "
            "include Oman.",
            {("OM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_candidates_named_by(language, text, expected):
    assert found(text, language) == expected
