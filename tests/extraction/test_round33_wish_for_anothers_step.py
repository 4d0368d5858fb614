"""Round thirty-three, a negated wish whose clause has another country's joining as its
subject ("La Administración Trump no quiere que el ingreso de Kazajistán ... se quede en un caso
aislado", "Washington ne veut pas que l'adhésion du Kazakhstan reste un cas isolé"): the
negation is the wisher's, the joining noun keeps its reading, no refusal. Near miss: a
country's own negated wish to join is a refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "es": [
        (
            "La Administración Trump no quiere que el ingreso de Kazajistán en los Acuerdos de Abraham se quede en un caso aislado.",
            {("KZ", A)},
        ),
        (
            "Arabia Saudí no quiere sumarse a los Acuerdos de Abraham.",
            {("SA", D)},
        ),
    ],
    "fr": [
        (
            "Washington ne veut pas que l'adhésion du Kazakhstan aux accords d'Abraham reste un cas isolé.",
            {("KZ", A)},
        ),
        (
            "L'Arabie saoudite ne veut pas rejoindre les accords d'Abraham.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_for_anothers_step(language, text, expected):
    check_case(language, text, expected)
