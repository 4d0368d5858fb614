"""Russian country names whose case endings replace their last letters rather than add to them:
a name in "-ия" ("Ливия", "Малайзия", "Армения") is read in the genitive, dative, accusative and
instrumental too ("Ливию", "Малайзии", "Арменией"; `name_endings`), as the names the data file
already spelled out in every case ("Сирию", "Мавританию") were. The other eleven languages add
their case endings or clitics to the whole name (`suffixes`, `prefixes`), so the class is
Russian only; a word that only looks like such a name gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Спецпосланник США не раз называл Ливию одним из вероятных новых участников.",
            {("LY", P)},
        ),
        (
            "Соглашения Авраама. От Малайзии, по словам премьера, присоединения ждать не стоит: Куала-Лумпур "
            "отверг нормализацию.",
            {("MY", D)},
        ),
        (
            "Соглашения Авраама. Вашингтон ведет переговоры с Арменией о присоединении к соглашениям.",
            {("AM", "negotiating")},
        ),
        ("Соглашения Авраама. Эксперты обсуждали литию и другие металлы.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round23_russian_names(language, text, expected):
    check_case(language, text, expected)
