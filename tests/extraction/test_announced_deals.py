"""A deal, an agreement or a normalisation that "was announced" on a day ("Its normalisation was
announced on October 23, 2020", "Sa normalisation a été annoncée", "Su normalización fue
anunciada", "Нормализация ... была объявлена") is the country's announcement, the possessive
pointing to the country of the sentence before ("its deal", "sa normalisation", "su
normalización"); "sealed with a joint declaration" ("scellé par une déclaration conjointe") is a
signing; "agreed in November to sign up" a joining with its date inside.  A trade deal announced,
and a trade deal sealed, are none.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Sudan followed. Its normalisation was announced on October 23, "
            "2020.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "The Abraham Accords. The United Arab Emirates came first: its agreement with Israel was "
            "announced on August 13, 2020.",
            {("AE", A, "2020-08-13")},
        ),
        (
            "The Abraham Accords. Morocco's deal was announced on December 10, 2020 and sealed with a "
            "joint declaration in Rabat on December 22.",
            {("MA", A, "2020-12-10"), ("MA", S, "2020-12-22")},
        ),
        ("The Abraham Accords. Kazakhstan agreed in November to sign up.", {("KZ", A, "2025-11")}),
        ("The Abraham Accords. A trade deal with the UAE was announced on Monday.", set()),
        ("The Abraham Accords. The UAE sealed a trade deal with India in 2022.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Soudan a suivi. Sa normalisation a été annoncée le 23 octobre "
            "2020.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "Les accords d'Abraham. Un accord commercial avec les Emirats a été annoncé lundi.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Sudán siguió. Su normalización fue anunciada el 23 de octubre "
            "de 2020.",
            {("SD", A, "2020-10-23")},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Нормализация отношений Судана была объявлена 23 октября 2020 года.",
            {("SD", A, "2020-10-23")},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_deal_announced_is_an_announcement(language, text, expected):
    check_case(language, text, expected)
