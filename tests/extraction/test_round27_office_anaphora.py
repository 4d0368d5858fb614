"""A possessive before any minister's office stands for the country of the sentence before,
not only before the foreign minister's: "son ministre de la Justice signa la déclaration",
"its justice minister signed", "su ministro de Justicia firmó", "sein Justizminister
unterzeichnete". The French feminine "sa ministre" too. Near misses: an office of a group that
is no country, and a minister's act that is no step, give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Le Soudan avait annoncé sa normalisation le 23 octobre 2020. Son "
            "ministre de la Justice a signé la déclaration le 6 janvier 2021.",
            {("SD", A, "2020-10-23"), ("SD", S, "2021-01-06")},
        ),
        (
            "Les accords d'Abraham. Le Soudan avait annoncé sa normalisation le 23 octobre 2020. Son "
            "ministre de la Justice a visité Le Caire le 6 janvier 2021.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "Les accords d'Abraham. Le Hezbollah dénonce la normalisation. Son secrétaire général a "
            "signé un communiqué.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Sudan announced normalisation in October 2020. Its justice minister "
            "signed the declaration on 6 January 2021.",
            {("SD", A, "2020-10"), ("SD", S, "2021-01-06")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Sudán anunció su normalización en octubre de 2020. Su ministro de "
            "Justicia firmó la declaración el 6 de enero de 2021.",
            {("SD", A, "2020-10"), ("SD", S, "2021-01-06")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Der Sudan gab die Normalisierung im Oktober 2020 bekannt. Sein "
            "Justizminister unterzeichnete die Erklärung am 6. Januar 2021.",
            {("SD", A, "2020-10"), ("SD", S, "2021-01-06")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_office_anaphora(language, text, expected):
    check_case(language, text, expected)
