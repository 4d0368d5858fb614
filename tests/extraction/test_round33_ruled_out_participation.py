"""Round thirty-three, Russian "ruled out its participation" with the accords named only before
("Пакистан ... и вовсе исключил свое участие."): a refusal, as "исключил присоединение" and the
English "ruled out its participation" were; negated ("не исключил свое участие") it leaves the
door open, a candidacy.
Near misses: a country that only studies the question gives no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Пакистан в конце января устами официального представителя МИД "
            "и вовсе исключил свое участие.",
            {("PK", D)},
        ),
        ("Соглашения Авраама. Азербайджан исключил свое участие.", {("AZ", D)}),
        ("Соглашения Авраама. Пакистан не исключил свое участие.", {("PK", P)}),
        ("Соглашения Авраама. Пакистан изучает вопрос.", set()),
    ],
    "en": [
        ("The Abraham Accords. Pakistan ruled out its participation.", {("PK", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_ruled_out_participation(language, text, expected):
    check_case(language, text, expected)
