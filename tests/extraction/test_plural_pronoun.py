"""Round thirty-two, English "they" (French "ils", "elles", Russian "они") opening a sentence with no country of its own stands for the
one country in scope, as "it" does, where the country goes by a plural name or its people:
"The Emirates are the success story. They signed in September 2020", "Riyadh has been very
clear. ... the talks they were holding with Washington were put on ice". Near misses: two
countries in scope (no one country), and "they" for people in a sentence whose step names its
own country. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, S, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords are five years old. The Emirates are the success story. They signed the accords in September 2020.",
            {("AE", S, "2020-09")},
        ),
        (
            "The Abraham Accords are five years old. Riyadh has been very clear. The talks they were holding with Washington were put on ice in October 2023.",
            {("SA", U)},
        ),
        # near misses: two countries in scope; a sentence with its own country
        (
            "The Abraham Accords are five years old. Qatar and Kuwait watched closely. They said nothing.",
            set(),
        ),
        (
            "The Abraham Accords are five years old. Diplomats met in Rabat. They said Saudi Arabia was in talks.",
            {("SA", N)},
        ),
    ],
}

CASES["fr"] = [
    (
        "Les accords d'Abraham ont cinq ans. Les Émirats sont la réussite du processus. Ils ont signé les accords en septembre 2020.",
        {("AE", S, "2020-09")},
    ),
    (
        "Les accords d'Abraham ont cinq ans. Le Qatar et le Koweït observent. Ils ne disent rien.",
        set(),
    ),
]
CASES["ru"] = [
    (
        "Авраамовы соглашения существуют пять лет. Эмираты — главный успех. Они подписали соглашения в сентябре 2020 года.",
        {("AE", S, "2020-09")},
    ),
    (
        "Авраамовы соглашения существуют пять лет. Катар и Кувейт наблюдают. Они молчат.",
        set(),
    ),
]

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_plural_pronoun(language, text, expected):
    check_case(language, text, expected)
