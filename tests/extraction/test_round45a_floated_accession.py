"""Round forty-five, a founder floating a country's accession ("In January the White House floated
Baku's accession", "la Casa Blanca planteó la adhesión de Azerbaiyán", "brachte einen Beitritt
Aserbaidschans ins Spiel"): an idea put forward, not a decision, so the accession is a prospect,
not an announcement (`modals`: "floated", "mooted", "planteó", "ins Spiel"). Near misses: a word
of floating in another sentence leaves a joining told as a fact alone, and a country's own
conditions "raised" ("planteó condiciones") stay its refusal. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, found

KZ = ("KZ", A)

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. In January the White House floated Baku's "
            "accession pretty openly.",
            {KZ, ("AZ", P)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. Officials have mooted Azerbaijan's accession "
            "for months.",
            {KZ, ("AZ", P)},
        ),
        (
            "The central bank floated the tenge in 2015. Kazakhstan joined the Abraham Accords "
            "last week.",
            {KZ},
        ),
    ],
    "es": [
        (
            "Kazajistán se unió a los Acuerdos de Abraham. En enero, la Casa Blanca planteó la "
            "adhesión de Azerbaiyán.",
            {KZ, ("AZ", P)},
        ),
        (
            "Kazajistán se unió a los Acuerdos de Abraham. Arabia Saudí planteó condiciones para "
            "su adhesión.",
            {KZ, ("SA", D)},
        ),
    ],
    "de": [
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten. Im Januar brachte das Weiße Haus "
            "einen Beitritt Aserbaidschans ins Spiel.",
            {KZ, ("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_floated_accession(language, text, expected):
    assert found(text, language) == expected
