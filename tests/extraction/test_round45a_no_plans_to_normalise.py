"""Round forty-five, a country saying it will not normalise, told without the object English
papers usually give it: "has no plans to normalise with Israel" (no "ties" or "relations"),
"they are not going to be the next to normalize", Spanish "no tiene planes de normalizar con
Israel", German "hat keine Pläne, die Beziehungen zu Israel zu normalisieren" (read until now as
an announcement): its refusal (declined cues en es de). Near misses: the same future told without
the negation ("is going to be the next to join") is a prospect, others' expectation negated ("is
not expected to be the next") is no refusal of its own, and plans to join told as a fact stay
an announcement. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, found

KZ = ("KZ", A)

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. Muscat, for the record, has again said it has "
            "no plans to normalise with Israel.",
            {KZ, ("OM", D)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. Omani officials have said they are not going "
            "to be the next to normalize.",
            {KZ, ("OM", D)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. Oman is not going to be the next to join.",
            {KZ, ("OM", D)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. Analysts say Oman is going to be the next to "
            "normalise.",
            {KZ, ("OM", P)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. Oman is not expected to be the next to join.",
            {KZ},
        ),
    ],
    "es": [
        (
            "Kazajistán se unió a los Acuerdos de Abraham. Omán no tiene planes de normalizar con "
            "Israel.",
            {KZ, ("OM", D)},
        ),
    ],
    "de": [
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten. Oman hat keine Pläne, die "
            "Beziehungen zu Israel zu normalisieren.",
            {KZ, ("OM", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_plans_to_normalise(language, text, expected):
    assert found(text, language) == expected
