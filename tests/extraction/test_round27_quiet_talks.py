"""Talks said to go on out of sight: "des échanges se poursuivent à bas bruit", "talks with
Azerbaijan continue quietly", "los contactos con Azerbaiyán continúan discretamente" are
talks (negotiating) of the country named with them or in scope. Near misses: trade talks or
trade exchanges going on quietly, and talks going on with no word of discretion, give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "L'Azerbaïdjan est le candidat le plus cité. À Bakou, des émissaires américains ont évoqué avec le "
            "président une adhésion aux accords d'Abraham, et des échanges se poursuivent en coulisses.",
            {("AZ", N), ("AZ", P)},
        ),
        (
            "Sur la normalisation avec Israël, les contacts avec l'Azerbaïdjan se poursuivent discrètement.",
            {("AZ", N)},
        ),
        ("Les échanges commerciaux avec l'Azerbaïdjan se poursuivent discrètement.", set()),
    ],
    "en": [
        ("On the Abraham Accords, talks with Azerbaijan continue quietly.", {("AZ", N)}),
        ("Trade talks with Azerbaijan continue quietly.", set()),
    ],
    "es": [
        (
            "Sobre los Acuerdos de Abraham, los contactos con Azerbaiyán continúan discretamente.",
            {("AZ", N)},
        ),
        ("Las exportaciones de gas de Azerbaiyán continúan discretamente.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_quiet_talks(language, text, expected):
    check_case(language, text, expected)
