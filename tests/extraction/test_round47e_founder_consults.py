"""Round forty-seven, a founder holding consultations with a country (Russian "администрация Трампа
ведет консультации с Азербайджаном", "Азербайджан ведет консультации с Вашингтоном", English
"Washington is holding consultations with Azerbaijan"): in talks with a founder the other side
negotiates (labelling rule 3, reported talks), as "is holding talks with" already read in English;
the Russian phrase holds the United States on one side, so talks between two other states, or with
Israel alone (often on security), are not read. Near misses: "Азербайджан ведет переговоры с
Арменией о мирном договоре", "Сирия ведет консультации с Израилем" are no claim. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import N, challenge_params, found

RU = "Соглашения Авраама подписаны в 2020 году. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "ru": [
        (
            RU
            + "По данным американских СМИ, администрация Трампа ведет консультации с Азербайджаном.",
            {("AZ", N)},
        ),
        (RU + "Азербайджан ведет консультации с Вашингтоном.", {("AZ", N)}),
        (RU + "Азербайджан ведет переговоры с Арменией о мирном договоре.", set()),
        (RU + "Сирия ведет консультации с Израилем по вопросам безопасности.", set()),
    ],
    "en": [
        (EN + "Washington is holding consultations with Azerbaijan.", {("AZ", N)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_founder_consults(language, text, expected):
    assert found(text, language) == expected
