"""Round thirty-six, a country's name inside the name of another project (the India–Middle
East–Europe Economic Corridor, `institutions`) names no signatory (rule 7: other agreements), and
a member's "arrangement has been frozen" is a halt (`halted_processes`). Near misses: India
itself joining something still counts, and a frozen arrangement of someone else. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "The India–Middle East–Europe Economic Corridor, signed in New Delhi in 2023, is not part of the Abraham Accords.",
            set(),
        ),
        (
            "The India-Middle East-Europe Economic Corridor, signed in 2023, is often discussed with the Abraham Accords.",
            set(),
        ),
        (
            "Sudan joined the Abraham Accords in January 2021, although the arrangement has been frozen since April 2023.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "fr": [
        (
            "Le corridor économique Inde-Moyen-Orient-Europe, signé en 2023, ne fait pas partie des accords d'Abraham.",
            set(),
        ),
    ],
    "de": [
        (
            "Der Wirtschaftskorridor Indien-Nahost-Europa, 2023 unterzeichnet, gehört nicht zu den Abraham-Abkommen.",
            set(),
        ),
    ],
    "es": [
        (
            "El Corredor Económico India-Oriente Medio-Europa, firmado en 2023, no forma parte de los Acuerdos de Abraham.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_named_corridor(language, text, expected):
    check_case(language, text, expected)
