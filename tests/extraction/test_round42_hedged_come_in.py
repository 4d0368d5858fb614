"""Round forty-two, a hedged prediction told with a modal and a hedging adverb or the phrasal
"come in" / "be in" with a time or a condition after it ("could plausibly be in by the autumn",
"might come in if the force works", "could plausibly join"): others' speculation, prospective
(`cues.prospective`, en; the phrasal verbs are English, and the other languages' modal joinings
are read already). Near misses: "could be in a difficult position" and "may come in handy" give
no candidate. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        ("Azerbaijan could plausibly join the Abraham Accords by the autumn.", {("AZ", P)}),
        (
            'On the Abraham Accords, one fellow says Azerbaijan "could plausibly be in by the autumn".',
            {("AZ", P)},
        ),
        (
            "Indonesia might come in if the Gaza force works, an analyst said of the Abraham Accords.",
            {("ID", P)},
        ),
        (
            "Kazakhstan joined the Abraham Accords; Azerbaijan could be in a difficult position by the autumn.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan joined the Abraham Accords, and Uzbekistan may come in handy for Washington.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_hedged_come_in(language, text, expected):
    check_case(language, text, expected)
