"""Pressure told with the verb's bare form: "continues to press X to join", "will pressure X to
sign", "continue de presser X d'adhérer". The pressed country is a candidate (`prospective`),
also where nothing follows "to join" but a comma and the next clause. Near misses: "the press"
as the newspapers is no pressure, a press verb with no joining after it ("could press Qatar on
gas") gives nothing, and a joining told to the press stays the country's own.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Washington continues to press Oman to join, and bankers expect the Gulf "
            "to gain from it.",
            {("OM", P)},
        ),
        ("The Abraham Accords. The White House will pressure Qatar to sign.", {("QA", P)}),
        (
            "The Abraham Accords. The minister told the press that Kazakhstan had decided to join.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords. Washington could press Qatar on gas prices this winter.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Washington continue de presser Oman d'adhérer, et les banquiers "
            "attendent des gains pour le Golfe.",
            {("OM", P)},
        ),
        (
            "Les accords d'Abraham. La presse du Qatar a longuement commenté le sommet.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Washington sigue presionando a Omán para que se sume, y los banqueros "
            "esperan ganancias para el Golfo.",
            {("OM", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Washington drängt Oman weiter zum Beitritt, und Banker rechnen mit "
            "Gewinnen für den Golf.",
            {("OM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_press_to_join(language, text, expected):
    check_case(language, text, expected)
