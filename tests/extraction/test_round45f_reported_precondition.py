"""Round forty-five, a precondition in reported speech, its verb shifted to the imperfect as French
and Spanish indirect speech shift it ("Riyad a fait savoir qu'une normalisation avec Israël
restait subordonnée à la création d'un État palestinien", "demeurait conditionnée à", "Riad dejó
claro que la normalización seguía supeditada a"): the country's refusal with a condition, as
"reste subordonnée à" and "sigue supeditada a" were (fr es `cues` declined; the past "était" is
left out, as it also tells an old deal's terms). Near misses: aid conditioned on reforms, and a
past deal's terms, give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

SA = {("SA", D)}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Riyad a toutefois fait savoir qu'une normalisation avec Israël "
            "restait subordonnée à la création d'un État palestinien.",
            SA,
        ),
        (
            "Les accords d'Abraham. Le prince a rappelé que l'adhésion du royaume demeurait "
            "conditionnée à un engagement sur un État palestinien, a indiqué Riyad.",
            SA,
        ),
        (
            "Les accords d'Abraham. L'aide américaine au Soudan restait subordonnée à des réformes.",
            set(),
        ),
        (
            "Les accords d'Abraham. L'accord du Maroc était subordonné à la reconnaissance "
            "américaine du Sahara.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Riad dejó claro que la normalización con Israel seguía "
            "supeditada a la creación de un Estado palestino.",
            SA,
        ),
        (
            "Los Acuerdos de Abraham. La ayuda estadounidense a Sudán seguía condicionada a reformas.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Riyadh made clear that normalisation with Israel remained "
            "conditional on the creation of a Palestinian state.",
            SA,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_reported_precondition(language, text, expected):
    assert found(text, language) == expected
