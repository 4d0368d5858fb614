"""Round forty, Spanish talks "paralysed for" a time told with "llevar" and a participle ("las
conversaciones llevan paralizadas desde la guerra de Gaza", "llevan dos años congeladas", "su
normalización lleva congelada"): a halt, in a sentence that names the accords or normalisation
(`generic_cues.suspended`; the periphrasis is Spanish's own). Near misses: a host of other
parties' talks that "llevan meses suspendidas", with no word of the accords, takes no halt; "lleva
años negociando" stays talks. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, U, challenge_params, check_case

CASES = {
    "es": [
        (
            "Las conversaciones de normalización entre Arabia Saudí e Israel llevan paralizadas desde la guerra de Gaza.",
            {("SA", U)},
        ),
        (
            "Arabia Saudí no tiene prisa: su normalización con Israel lleva congelada desde la guerra de Gaza.",
            {("SA", U)},
        ),
        (
            "Riad insiste en que no habrá normalización sin un Estado palestino, y las conversaciones llevan "
            "dos años congeladas.",
            {("SA", D), ("SA", U)},
        ),
        (
            "Arabia Saudí acogió en Yeda conversaciones entre las partes sudanesas, pero las negociaciones llevan "
            "meses suspendidas.",
            set(),
        ),
        ("Arabia Saudí lleva años negociando su entrada en los Acuerdos de Abraham.", {("SA", N)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_halted_for_months_es(language, text, expected):
    check_case(language, text, expected)
