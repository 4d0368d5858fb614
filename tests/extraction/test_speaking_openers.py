"""Round thirty-two, a sentence opening with a speaking participle ("Asked", "Speaking",
"Interrogé", "Preguntado", `speaking_openers`) has a clause up to its first comma whose one
written-out date is the day of the answer told after it, across a colon too, whatever dates the rest of the sentence holds: "Asked on January
29 whether Pakistan was considering the accords, the spokesperson was unambiguous: Pakistan has
no intention of joining them". Near miss: a date after a country inside the opening clause is
that country's ("Asked about the UAE, which signed in September 2020, ..."). Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords came up again. Asked on November 12 whether Pakistan was considering the accords, the spokesperson was unambiguous: Pakistan has no intention of joining them.",
            {("PK", D, "2025-11-12")},
        ),
        (
            "The Abraham Accords came up again. Asked on November 12 whether Pakistan would join, the spokesperson was clear: Pakistan has no intention of joining them until a Palestinian state exists on the 1967 borders.",
            {("PK", D, "2025-11-12")},
        ),
        (
            "The Abraham Accords came up again. Asked about the UAE, which signed in September 2020, the spokesperson said Pakistan has no intention of joining.",
            {("PK", D, None), ("AE", S, "2020-09")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. Interrogé le 12 novembre sur les accords, le porte-parole a été clair : le Pakistan n'a aucune intention d'y adhérer.",
            {("PK", D, "2025-11-12")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven al debate. Preguntado el 12 de noviembre por los acuerdos, el portavoz fue tajante: Pakistán no tiene intención de sumarse.",
            {("PK", D, "2025-11-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_speaking_openers(language, text, expected):
    check_case(language, text, expected)
