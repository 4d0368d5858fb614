"""Round forty-five, an announcement of a joining to come told without "that" ("Kazakhstan became
the latest country to announce it would come on board", "announced it would come aboard"): the
key "announced that ~ would join" now also reads "announce(d) ~ would" and "come aboard", so the
modal "would come on board" no longer turns the decision into a candidacy; likewise "agreed to
come into the US-sponsored framework" ("US-backed", "Washington-brokered") as "US-brokered" was.
Near misses: "announced it would not join" is a refusal; "would come on board" with no
announcement stays a candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "en": [
        (
            EN + "Kazakhstan became the latest country to announce it would come on board.",
            {("KZ", A)},
        ),
        (EN + "Kazakhstan announced it would come aboard.", {("KZ", A)}),
        (EN + "Kazakhstan announced that it would come on board.", {("KZ", A)}),
        (
            EN + "Since Kazakhstan agreed to come into the US-sponsored framework, others are "
            "being asked.",
            {("KZ", A)},
        ),
        (EN + "Kazakhstan agreed to come into the US-backed framework.", {("KZ", A)}),
        (EN + "Pakistan announced it would not join.", {("PK", D)}),
        (EN + "Oman would come on board eventually, diplomats believe.", {("OM", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announce_it_would(language, text, expected):
    assert found(text, language) == expected
