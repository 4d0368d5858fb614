"""Round thirty-five, talks told as work on a text: "Azerbaijan and the US have discussed a
possible text", "talks on a draft agreement", German "haben über einen Text beraten", "berät über
einen Vertragsentwurf", French "ont discuté d'un projet de texte", Spanish "han discutido un
posible texto" (negotiating in en, de, fr, es). Near misses: a parliament discussing a draft
budget, "über einen Entwurf zum Haushalt beraten", "un borrador de presupuesto" give no talks. Left
out: German "über einen möglichen Text beraten", where "möglichen" is a modal word that takes
the talks away. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Armenia and the US have discussed a possible text.",
            {("AM", N)},
        ),
        (
            "The Abraham Accords. Armenia is in talks on a draft agreement.",
            {("AM", N)},
        ),
        ("The Abraham Accords. Armenia's parliament discussed a draft budget.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Armenien und die USA haben über einen Text beraten.",
            {("AM", N)},
        ),
        (
            "Die Abraham-Abkommen. Armenien berät mit Washington über einen Vertragsentwurf.",
            {("AM", N)},
        ),
        (
            "Die Abraham-Abkommen. Das Parlament Armeniens hat über einen Entwurf zum Haushalt beraten.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arménie et Washington ont discuté d'un projet de texte.",
            {("AM", N)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Armenia y Washington han discutido un posible texto.",
            {("AM", N)},
        ),
        (
            "Los Acuerdos de Abraham. El parlamento de Armenia ha discutido un borrador de presupuesto.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_text_talks(language, text, expected):
    check_case(language, text, expected)
