"""Round thirty-five, a country's precondition "for any possible accession" is a refusal: the
"possible" inside the precondition is the joining's, not a doubt about the refusal (English "a
precondition for any possible accession", Russian "предварительным условием для возможного
присоединения", Kazakh "ықтимал қосылу үшін ... алғышарт"), as Turkish "olası bir katılım için ...
ön koşul" and French "condition préalable à toute adhésion" already read. The Arabic repeal of a
law ("إلغاء المادة 907") is no halt. Near miss: a possible accession with no precondition stays a
candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Azerbaijan stressed that repealing Section 907 is a precondition for any possible accession "
            "to the Abraham Accords.",
            {("AZ", D)},
        ),
        (
            "Azerbaijan's possible accession to the Abraham Accords is discussed in Washington.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Азербайджан подчеркнул, что отмена поправки 907 является предварительным условием для "
            "возможного присоединения к Авраамовым соглашениям.",
            {("AZ", D)},
        ),
    ],
    "kk": [
        (
            "Әзербайжан Авраам келісімдеріне ықтимал қосылу үшін 907-түзетудің жойылуы алғышарт екенін атап "
            "өтті.",
            {("AZ", D)},
        ),
    ],
    "ar": [
        (
            "وشددت أذربيجان على أن إلغاء المادة 907 شرط مسبق لأي انضمام إلى اتفاقيات أبراهام.",
            {("AZ", D)},
        ),
    ],
    "tr": [
        (
            "Azerbaycan, Abraham Anlaşmaları'na olası bir katılım için 907. maddenin kaldırılmasının ön "
            "koşul olduğunu vurguladı.",
            {("AZ", D)},
        ),
    ],
    "fr": [
        (
            "L'Azerbaïdjan a souligné que l'abrogation de la section 907 est une condition préalable à "
            "toute adhésion aux accords d'Abraham.",
            {("AZ", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_precondition_for_possible_accession(language, text, expected):
    check_case(language, text, expected)
