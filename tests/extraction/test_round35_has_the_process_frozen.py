"""Round thirty-five, a halt told with "tener" and a participle, before or after its object
("Sudán tiene el proceso paralizado por la guerra desde 2023", "tiene congelado el proceso"), as
"mantiene congelado" and "dejó el proceso congelado" were; French "a mis le processus en pause"
already read. Near misses: a peace process or an electoral process left halted gives no claim
(the participle must follow the process itself). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Sudán, que se adhirió en 2021, tiene el proceso paralizado por la guerra civil desde 2023.",
            # "since 2023" after the war is the war's (round forty-four); bare, it is the halt's
            {("SD", U, None), ("SD", S, "2021")},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Sudán tiene congelado el proceso desde 2023.",
            {("SD", U, "2023")},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Sudán tiene el proceso de paz paralizado desde 2023.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Sudán tiene el proceso electoral paralizado.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham font débat. Le Soudan a mis le processus en pause depuis 2023.",
            {("SD", U, "2023")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_has_the_process_frozen(language, text, expected):
    check_case(language, text, expected)
