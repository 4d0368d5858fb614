"""Round thirty-two, Russian "the question of taking part is not being worked on" ("Вопрос об
участии ... в настоящее время не прорабатывается") is a refusal, as "не рассматривается" was;
and widening the circle of members with a country ("расширить круг участников за счет
Азербайджана", "widen the circle of members to include Azerbaijan") is others' wish. Near miss:
the question of something else not worked on. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Вопрос об участии Кыргызстана в соглашениях в настоящее время "
            "не прорабатывается.",
            {("KG", D)},
        ),
        (
            "Соглашения Авраама. Вопрос о визите министра Кыргызстана в Израиль пока не "
            "прорабатывается.",
            set(),
        ),
        (
            "Соглашения Авраама. Вашингтон рассчитывает расширить круг участников за счет "
            "Азербайджана.",
            {("AZ", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Washington hopes to widen the circle of members to include "
            "Azerbaijan.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_worked_on(language, text, expected):
    check_case(language, text, expected)
