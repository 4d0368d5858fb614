"""Spanish "ser parte" for "formar parte", as Latin American papers and many Spanish ones write
it: "el reino quiere ser parte de los acuerdos" (a wish to join: prospective), "le gustaría ser
parte", "quisiera ser parte", "Kazajistán será parte de los acuerdos" (announced). Near misses:
a member that "ya es parte" stays a member, a refusal "no quiere ser parte" stays a refusal,
and "ser parte de la solución" with no accords gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. El martes, Mohammed bin Salmán dijo que el reino quiere ser parte de "
            "los acuerdos.",
            {("SA", P, "2025-11-18")},
        ),
        (
            "Los Acuerdos de Abraham. A Indonesia le gustaría ser parte de los acuerdos algún día.",
            {("ID", P)},
        ),
        ("Los Acuerdos de Abraham. Azerbaiyán quisiera ser parte de los acuerdos.", {("AZ", P)}),
        (
            "Los Acuerdos de Abraham. Kazajistán será parte de los acuerdos, anunció Trump.",
            {("KZ", A)},
        ),
        ("Los Acuerdos de Abraham. Marruecos ya es parte de los acuerdos desde 2020.", {("MA", S)}),
        ("Los Acuerdos de Abraham. Pakistán no quiere ser parte de los acuerdos.", {("PK", D)}),
        ("El Gobierno de Chile quiere ser parte de la solución en Gaza.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_ser_parte(language, text, expected):
    check_case(language, text, expected)
