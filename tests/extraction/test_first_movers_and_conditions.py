"""Round thirty-two, German first members and conditions told in other words: "hatten im
September 2020 den Anfang gemacht" (made the start) is a membership, so "Marokko und der Sudan
folgten" after it follow that step, not a wish told in the sentence before; "ohne einen Weg zu
einem Palästinenserstaat keinen Schritt" and "doch zuvor brauche es einen klaren Weg" are
preconditions, and Spanish "sigue pidiendo un horizonte de Estado palestino" a refusal as things
stand. Near misses: a slogan "Ohne einen Palästinenserstaat keinen Frieden" shouted by
protesters names no country. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Für Trump wäre ein saudischer Beitritt die Krönung seiner "
            "Nahostpolitik. In seiner ersten Amtszeit hatten die Emirate und Bahrain im September "
            "2020 den Anfang gemacht, Marokko und der Sudan folgten wenig später.",
            {("SA", P), ("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S), ("SD", S)},
        ),
        (
            "Die Abraham-Abkommen. Kronprinz Mohammed bin Salman hat in Washington klargestellt, "
            "dass es ohne einen glaubwürdigen Weg zu einem Palästinenserstaat keinen Schritt "
            "geben wird.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien wolle Teil der Abraham-Abkommen sein, doch "
            "zuvor brauche es einen klaren Weg zu einer Zweistaatenlösung.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Ohne einen Palästinenserstaat keinen Frieden, rufen "
            "Demonstranten in Rabat.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Riad sigue pidiendo un horizonte de Estado palestino.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_first_movers_and_conditions(language, text, expected):
    check_case(language, text, expected)
