"""Round thirty-two, "any opening to Israel" put off until a condition is a refusal, as
normalisation so put off was: "any opening to Israel 'will only be considered after the birth
of an independent Palestinian state'", "toute ouverture vers Israël ne serait envisagée
qu'après ...", "cualquier apertura hacia Israel solo llegará después de ...". Near misses: an
opening to another country. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        (
            'The Abraham Accords may grow again. Jakarta said any opening to Israel "will only be considered after the birth of a Palestinian state".',
            {("ID", D)},
        ),
        (
            "The Abraham Accords may grow again. Indonesia said any opening to Iran will only come after the elections.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. Jakarta a assuré que toute ouverture vers Israël ne serait envisagée qu'après la naissance d'un Etat palestinien.",
            {("ID", D)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Jakarta a assuré que toute ouverture vers l'Iran ne serait envisagée qu'après les élections.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven al debate. Yakarta aseguró que cualquier apertura hacia Israel solo llegará después de un Estado palestino.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham vuelven al debate. Yakarta aseguró que cualquier apertura hacia Irán solo llegará después de las elecciones.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_opening_to_israel(language, text, expected):
    check_case(language, text, expected)
