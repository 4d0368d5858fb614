"""Round thirty-five, the Maghreb's and West Africa's capitals that Spanish and German lacked
(`capitals`): "Argel", "Algier" for Algeria, "Tunis" for Tunisia (German), "Dakar", "Trípoli",
"Tripolis"; French and English had them. Near misses: the capital as a place after a place word
("una visita a Argel", "Besuch in Algier") takes no step. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Argel repitió que no normalizaría sus relaciones con Israel.",
            {("DZ", D)},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Durante una visita a Argel, el ministro de Mauritania rechazó la normalización.",
            {("MR", D)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder Thema. Algier bekräftigte, es werde den Abkommen nicht beitreten.",
            {("DZ", D)},
        ),
        (
            "Die Abraham-Abkommen sind wieder Thema. Tunis lehnt eine Normalisierung mit Israel ab.",
            {("TN", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_maghreb_capitals(language, text, expected):
    check_case(language, text, expected)
