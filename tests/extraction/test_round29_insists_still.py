""" "Besteht weiterhin auf einem Weg zu einem palästinensischen Staat", "beharrt nach wie vor
auf ...": insisting on a Palestinian state, with an adverb of continuance between the verb
and its preposition, is a refusal by precondition as the plain "besteht auf" is (`cues`),
as "по-прежнему настаивает" and "continues to insist" already are. Near misses: a body that
is no country insisting gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "de": [
        (
            "Abraham-Abkommen. Saudi-Arabien besteht weiterhin auf einem Weg zu einem palästinensischen "
            "Staat als Voraussetzung.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen. Saudi-Arabien beharrt nach wie vor auf einem palästinensischen Staat.",
            {("SA", D)},
        ),
        ("Abraham-Abkommen. Die EU besteht weiterhin auf einem palästinensischen Staat.", set()),
    ],
    "ru": [
        (
            "Соглашения Авраама. Саудовская Аравия по-прежнему настаивает на создании палестинского "
            "государства.",
            {("SA", D)},
        ),
    ],
    "en": [
        ("Abraham Accords. Saudi Arabia continues to insist on a Palestinian state.", {("SA", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_insists_still(language, text, expected):
    check_case(language, text, expected)
