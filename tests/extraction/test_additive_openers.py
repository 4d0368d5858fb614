"""An additive word opening a sentence before a country and a comma ("גם אוזבקיסטן, השכנה של
קזחסטן, מוזכרת ... כמועמדת", "И Узбекистан, сосед Казахстана, называется ... кандидатом") is no
place adverbial ("In Washington, ..."): the country after it is the subject and the words between
the commas describe it, so the neighbour named there takes no step (`additives`). Near misses: a
short place word opening the sentence ("In Washington,", "À Washington,") still sets its capital
aside and the country named after the comma is the object.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "he": [
        (
            "הסכמי אברהם. גם אוזבקיסטן, השכנה של קזחסטן, מוזכרת בוושינגטון כמועמדת אפשרית.",
            {("UZ", P)},
        ),
        (
            "הסכמי אברהם. אוזבקיסטן, השכנה של קזחסטן, מוזכרת בוושינגטון כמועמדת אפשרית.",
            {("UZ", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. И Узбекистан, сосед Казахстана, называется в Вашингтоне "
            "возможным кандидатом.",
            {("UZ", P)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. حتى أوزبكستان، جارة كازاخستان، تُذكر في واشنطن كمرشحة محتملة.",
            {("UZ", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Even Uzbekistan, a neighbour of Kazakhstan, is named in "
            "Washington as a possible candidate.",
            {("UZ", P)},
        ),
        (
            "The Abraham Accords. In Washington, officials name Uzbekistan as a possible "
            "candidate.",
            {("UZ", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. À Washington, on évoque l'Ouzbékistan comme candidat possible.",
            {("UZ", P)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_an_additive_opening_the_sentence_is_no_place(language, text, expected):
    check_case(language, text, expected)
