"""Round thirty-three, a hedging adverb right after a list's conjunction (`list_adverbs`:
"Syria, and eventually Lebanon", "la Syrie, et à terme le Liban", "Omán, y quizás Catar",
"Oman und vielleicht Katar"): the list goes on past it, and the apposition it seems to open
describes nothing. Near miss: a description after the conjunction and adverb is no member.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Washington espère voir la Syrie, et à terme le Liban, rejoindre les accords d'Abraham.",
            {("SY", P), ("LB", P)},
        ),
        (
            "Washington espère voir la Syrie et, à terme, le Liban rejoindre les accords d'Abraham.",
            {("SY", P), ("LB", P)},
        ),
    ],
    "en": [
        (
            "Washington hopes to see Syria, and eventually Lebanon, join the Abraham Accords.",
            {("SY", P), ("LB", P)},
        ),
        (
            "Oman, and perhaps Qatar, could be next to join the Abraham Accords.",
            {("OM", P), ("QA", P)},
        ),
        # near miss: a description, no second member
        (
            "The UAE, and perhaps the most ambitious state in the Gulf, signed the Abraham Accords.",
            {("AE", S)},
        ),
    ],
    "es": [
        (
            "Omán, y quizás Catar, podrían ser los próximos en sumarse a los Acuerdos de Abraham.",
            {("OM", P), ("QA", P)},
        ),
        (
            "Omán y, con el tiempo, Catar podrían sumarse a los Acuerdos de Abraham.",
            {("OM", P), ("QA", P)},
        ),
    ],
    "de": [
        (
            "Oman und vielleicht Katar könnten als Nächste den Abraham-Abkommen beitreten.",
            {("OM", P), ("QA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_list_adverbs(language, text, expected):
    check_case(language, text, expected)
