"""Round thirty-five, a country not considering to associate itself with the step, the movement
or the dynamic a neighbour took, in a text about the accords, refuses it ("l'Ouzbékistan
n'envisageait pas, à ce stade, de s'associer à la démarche", "n'envisage pas de se rallier au
mouvement"), as Spanish "no contemplaba sumarse a la iniciativa" and English "was not considering
joining the initiative" already did. Near misses: considering it, without the negation, is no
refusal; another body's step (the European Union's, on climate) gives no claim. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. À Tachkent, le ministère a fait savoir que l'Ouzbékistan n'envisageait pas, à ce stade, de s'associer à la démarche.",
            {("UZ", D)},
        ),
        (
            "Les accords d'Abraham font débat. L'Ouzbékistan n'envisage pas de se rallier au mouvement.",
            {("UZ", D)},
        ),
        (
            "Les accords d'Abraham font débat. L'Ouzbékistan envisage de s'associer à la démarche.",
            set(),
        ),
        (
            "Les accords d'Abraham font débat. L'Ouzbékistan n'envisage pas de s'associer à la démarche de l'Union européenne sur le climat.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Uzbekistán no contemplaba, por ahora, sumarse a la iniciativa.",
            {("UZ", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Uzbekistan was not considering joining the initiative.",
            {("UZ", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_considering_the_step(language, text, expected):
    check_case(language, text, expected)
