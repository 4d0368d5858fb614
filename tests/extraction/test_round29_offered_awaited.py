""" "Предложила вступить Азербайджану", "предложила Азербайджану вступить" (offered it to join,
with "вступить" as well as "присоединиться"), and a founder awaiting a country's decision
("ждет скорого решения Саудовской Аравии", "wartet auf eine baldige Entscheidung
Saudi-Arabiens", "awaits a swift decision from Saudi Arabia"): others' hopes, prospective
(`cues`). Near misses: an offer to join the Board of Peace (`organisations`) and a court
awaiting a ruling give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "ru": [
        ("Соглашения Авраама. Администрация предложила вступить Азербайджану.", {("AZ", P)}),
        ("Соглашения Авраама. Администрация предложила Азербайджану вступить.", {("AZ", P)}),
        (
            "Соглашения Авраама. Трамп говорил, что ждет скорого решения Саудовской Аравии.",
            {("SA", P)},
        ),
        ("Соглашения Авраама. Трамп предложил Азербайджану вступить в Совет мира.", set()),
        ("Соглашения Авраама. Суд ждет решения по делу.", set()),
    ],
    "de": [
        (
            "Abraham-Abkommen. Trump wartet auf eine baldige Entscheidung Saudi-Arabiens.",
            {("SA", P)},
        ),
    ],
    "en": [
        ("Abraham Accords. Trump awaits a swift decision from Saudi Arabia.", {("SA", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_offered_awaited(language, text, expected):
    check_case(language, text, expected)
