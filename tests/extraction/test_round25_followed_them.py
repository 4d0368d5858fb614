"""One first signatory that "followed them" after a list of members its sentence tells with
no step of their own ("Emiratos y Baréin fueron pioneros en 2020; Marruecos los siguió en
diciembre", "The UAE and Bahrain led the way in 2020; Morocco followed them in December", "le
Maroc les a suivis", "Марокко последовало за ними") is a member too, with its own clause's
date; after a sentence with a step, "los siguió" continues that step as "lo siguió" does. Near
misses: a lone first signatory after the list with a word of its own ("Marruecos, en cambio, se
mantuvo al margen") and one with no list before it take nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Emiratos y Baréin fueron pioneros en 2020; Marruecos los siguió en "
            "diciembre.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
        (
            "Los Acuerdos de Abraham. Emiratos y Baréin firmaron en septiembre de 2020. Marruecos los siguió en "
            "diciembre.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "Los Acuerdos de Abraham. Emiratos y Baréin fueron pioneros en 2020; Marruecos, en cambio, se "
            "mantuvo al margen.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        ("Los Acuerdos de Abraham. El tiempo fue malo en Madrid; Marruecos los siguió.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. The UAE and Bahrain led the way in 2020; Morocco followed them in December.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les Emirats et Bahreïn ont ouvert la voie en 2020 ; le Maroc les a suivis "
            "en décembre.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. ОАЭ и Бахрейн были первыми в 2020 году; Марокко последовало за ними в декабре.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_followed_them(language, text, expected):
    check_case(language, text, expected)
