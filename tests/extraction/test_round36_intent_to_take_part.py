"""Round thirty-six, a stated intention to "take part in" the accords: Indonesian "menyatakan niat
untuk ikut serta dalam perjanjian tersebut" and Malay "menyatakan hasrat untuk turut serta dalam
Perjanjian Abraham" gave no claim, where the same with "bergabung" or "menyertai" was read. The
intention cues now hold "ikut serta dalam", "turut serta dalam" (Indonesian `announced` cue of a
stated intention, Malay `prospective`); Somaliland's intention stays a candidacy (rule 3). Near
misses: taking part in a meeting or a summit is no joining, and a refusal to take part stays a
refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "id": [
        (
            "Pemimpin Somaliland menyatakan niat untuk ikut serta dalam Perjanjian Abraham.",
            {("XS", P)},
        ),
        (
            "Pemimpin Somaliland menyatakan niat untuk ikut serta dalam pertemuan Dewan Perdamaian.",
            set(),
        ),
    ],
    "ms": [
        (
            "Pemimpin Somaliland menyatakan hasrat untuk turut serta dalam Perjanjian Abraham.",
            {("XS", P)},
        ),
        ("Pemimpin Somaliland menyatakan niat untuk turut serta dalam sidang kemuncak itu.", set()),
        ("Malaysia tidak akan turut serta dalam Perjanjian Abraham.", {("MY", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_intent_to_take_part(language, text, expected):
    check_case(language, text, expected)
