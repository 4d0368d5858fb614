"""A country whose name "often comes up" or "is often mentioned" among those who may join is a
candidate (`prospective`): "nama Azerbaijan kerap disebut", "the name of Azerbaijan often comes
up", "le nom de l'Azerbaïdjan revient souvent", "el nombre de Azerbaiyán suena con fuerza",
"der Name Aserbaidschan fällt immer wieder"; a country "often called" something else ("sering
disebut sebagai negara muslim terbesar") is none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "id": [
        ("Abraham Accords. Selain Arab Saudi, nama Azerbaijan kerap disebut.", {("AZ", P)}),
        ("Abraham Accords. Indonesia sering disebut sebagai negara muslim terbesar.", set()),
    ],
    "ms": [
        ("Perjanjian Abraham. Nama Azerbaijan juga sering disebut.", {("AZ", P)}),
    ],
    "en": [
        ("The Abraham Accords. The name of Azerbaijan often comes up.", {("AZ", P)}),
        ("The Abraham Accords. Azerbaijan's name often comes up in Washington.", {("AZ", P)}),
    ],
    "fr": [
        ("Les accords d'Abraham. Le nom de l'Azerbaïdjan revient souvent.", {("AZ", P)}),
    ],
    "es": [
        ("Los Acuerdos de Abraham. El nombre de Azerbaiyán suena con fuerza.", {("AZ", P)}),
    ],
    "de": [
        ("Die Abraham-Abkommen. Auch der Name Aserbaidschan fällt immer wieder.", {("AZ", P)}),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_name_that_comes_up_is_a_candidate(language, text, expected):
    check_case(language, text, expected)


# Hebrew: a candidate noun with its adjective after a preposition's prefix ("כמועמדות מובילות",
# as leading candidates; "למועמדות מובילות"), and a list whose members repeat the preposition
# ("על אזרבייג'ן ועל אוזבקיסטן")
HEBREW = {
    "he": [
        (
            "הסכמי אברהם. בירושלים מצביעים על אזרבייג'ן ועל אוזבקיסטן כמועמדות מובילות.",
            {("AZ", P), ("UZ", P)},
        ),
        ("הסכמי אברהם. אזרבייג'ן ואוזבקיסטן נחשבות למועמדות מובילות.", {("AZ", P), ("UZ", P)}),
        ("הסכמי אברהם. בוושינגטון מצביעים על עומאן כמועמדת הבאה.", {("OM", P)}),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(HEBREW, {}))
def test_hebrew_candidate_nouns_and_repeated_prepositions(language, text, expected):
    check_case(language, text, expected)
