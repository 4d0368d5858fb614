"""Round thirty-three, three forms of a wish and a refusal. Hoping to see a country join, an
adverb before "voir" or in Spanish ("Washington espère pourtant voir la Syrie ... rejoindre",
"Washington espera ver a Siria unirse"): others' wish, no joining. A French refusal with a time
and a place between the verb and its object ("avait déjà écarté en septembre, à New York,
toute adhésion"). A headline's verbless accession "not on the agenda" ("l'adhésion aux accords
d'Abraham « pas à l'ordre du jour »", "la adhesión ..., «fuera de la agenda»", "accession ...
'not on the agenda'"): a refusal. Near misses: the accession on the agenda, a hope to see a
country elsewhere, a refusal negated. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Washington espère pourtant voir la Syrie rejoindre les accords d'Abraham.",
            {("SY", P)},
        ),
        (
            "Le président syrien avait déjà écarté en septembre, à New York, toute adhésion aux accords d'Abraham.",
            {("SY", D)},
        ),
        # near miss: a refusal negated is an opening
        (
            "La Syrie n'a pas écarté en septembre toute adhésion aux accords d'Abraham.",
            {("SY", P)},
        ),
        (
            "Syrie : l'adhésion aux accords d'Abraham « pas à l'ordre du jour »",
            {("SY", D)},
        ),
        # near miss: on the agenda is no refusal
        (
            "Syrie : l'adhésion aux accords d'Abraham à l'ordre du jour",
            {("SY", A)},
        ),
    ],
    "es": [
        (
            "Washington espera ver a Siria unirse a los Acuerdos de Abraham.",
            {("SY", P)},
        ),
        (
            "Washington espera sin embargo ver a Siria, y más adelante al Líbano, sumarse a los Acuerdos de Abraham.",
            {("SY", P)},
        ),
        # near miss: a hope to see a country somewhere else
        (
            "Washington espera ver a Siria en el Mundial, tras los Acuerdos de Abraham.",
            set(),
        ),
        (
            'Siria: la adhesión a los Acuerdos de Abraham, "fuera de la agenda"',
            {("SY", D)},
        ),
        (
            "Siria: la adhesión a los Acuerdos de Abraham, en la agenda",
            {("SY", A)},
        ),
    ],
    "en": [
        (
            "Syria: accession to the Abraham Accords 'not on the agenda'",
            {("SY", D)},
        ),
        (
            "Syria: Abraham Accords membership off the table, says Sharaa",
            {("SY", D)},
        ),
        (
            "Syria: accession to the Abraham Accords on the agenda",
            {("SY", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_hope_refusal_headlines(language, text, expected):
    check_case(language, text, expected)
