"""Round thirty-three, the Russian "latter" after a list ("Эмираты, Бахрейн, Марокко и Судан ...
Правда, у последнего процесс фактически заморожен", "Последний же заморозил контакты"): the last
country named before, as "the latter", "ce dernier" and "este último" were (`latter`). Only forms
that stand as a noun are listed ("у последнего", "у последней", "последний же", "последний из
них", "этот последний"), since the bare adjective opens "последний раунд" and "в последние годы".
Near misses: "Последний раунд переговоров был заморожен" names no country and takes none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

MEMBERS = {("AE", S), ("BH", S), ("MA", S), ("SD", S)}

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Тогда, в 2020-м, отношения с Израилем нормализовали Эмираты, "
            "Бахрейн, Марокко и Судан. Правда, у последнего процесс фактически заморожен: страну "
            "раздирает гражданская война.",
            MEMBERS | {("SD", U)},
        ),
        (
            "Соглашения Авраама. Эмираты, Бахрейн, Марокко и Судан нормализовали отношения с "
            "Израилем. Последний же заморозил контакты.",
            MEMBERS | {("SD", U)},
        ),
        (
            "Соглашения Авраама. Эмираты, Бахрейн, Марокко и Судан нормализовали отношения с "
            "Израилем. Последний раунд переговоров был заморожен.",
            MEMBERS,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_ru_latter(language, text, expected):
    check_case(language, text, expected)
