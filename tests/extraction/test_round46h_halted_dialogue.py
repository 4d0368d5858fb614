"""Round forty-six, a halt told of one talks noun in the singular passive or by "trabado" ("el
diálogo con Arabia Saudita fue interrumpido", "el acercamiento con Omán quedó suspendido", "el
proceso con Sudán ha sido congelado", "las negociaciones siguen trabadas", "the dialogue with
Saudi Arabia was interrupted"): the halt of the counterpart's talks, as the plural passive
("fueron interrumpidas", "the talks were interrupted") already read it (`cues.suspended` es en:
the split passive key with the singular auxiliaries and "acercamiento", "proceso"; "trabado"
only with a talks noun; "dialogue" beside "talks"). Near misses: "no fue interrumpido" and "was
never interrupted" are no halt; traffic that "sigue trabado" in a capital is none. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. El diálogo con Arabia Saudita fue interrumpido tras el ataque "
            "de octubre de 2023.",
            {("SA", U)},
        ),
        (
            "Los Acuerdos de Abraham. El acercamiento con Omán quedó suspendido en 2024.",
            {("OM", U, "2024")},
        ),
        (
            "Los Acuerdos de Abraham. El proceso con Sudán ha sido congelado por la guerra.",
            {("SD", U)},
        ),
        (
            "Los Acuerdos de Abraham. Las negociaciones con Arabia Saudita siguen trabadas.",
            {("SA", U)},
        ),
        ("Los Acuerdos de Abraham. El tráfico en Riad sigue trabado.", set()),
        ("Los Acuerdos de Abraham. El diálogo con Omán no fue interrumpido.", set()),
        (
            "Los Acuerdos de Abraham. El diálogo con Omán fue interrumpido un momento por un corte "
            "de luz.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. The dialogue with Saudi Arabia was interrupted after the attack "
            "of October 2023.",
            {("SA", U)},
        ),
        ("The Abraham Accords. The dialogue with Oman was never interrupted.", set()),
    ],
}

KNOWN_MISSES = {
    "es-7": "a talk broken off for a moment by a power cut reads as a halt, as the plural "
    "'fueron interrumpidas' did before: what interrupted it is not weighed",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_halted_dialogue(language, text, expected):
    check_case(language, text, expected)
