"""Round thirty-five, a country that remains the main target of Washington is a candidate, as
"remains Washington's main target" and "reste la cible principale" were: Spanish with
"principal" before the noun ("Arabia Saudí sigue siendo el principal objetivo de Washington"),
German "bleibt das Hauptziel Washingtons", Russian with a particle and the pursuer between
("Главной же целью Белого дома остаётся Саудовская Аравия"). Near misses: a goal that is no
country (trade, stability) gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Arabia Saudí sigue siendo el principal objetivo de Washington.",
            {("SA", P)},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Para Egipto, el comercio sigue siendo el principal objetivo del viaje.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder Thema. Saudi-Arabien bleibt das Hauptziel Washingtons.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen sind wieder Thema. Für Ägypten bleibt die Stabilität das Hauptziel.",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. Главной же целью Белого дома остаётся Саудовская Аравия.",
            {("SA", P)},
        ),
        (
            "Соглашения Авраама снова в центре внимания. Главной же целью визита остаётся торговля с Казахстаном.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Saudi Arabia remains Washington's main target.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_main_target(language, text, expected):
    check_case(language, text, expected)
