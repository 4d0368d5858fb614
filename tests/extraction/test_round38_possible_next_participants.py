"""Round thirty-eight, countries named "among the possible next participants" (others' candidate
list, rule 3): the Russian list phrase now takes "следующих" (next) beside "новых" and "будущих"
("называли Узбекистан и Азербайджан в числе возможных следующих участников"); English, French and
the others already read "possible next members". Near miss: a country that is already a participant.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Американские издания называли Узбекистан и Азербайджан в числе возможных следующих участников Авраамовых соглашений.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Авраамовы соглашения. Узбекистан называют среди вероятных следующих участников.",
            {("UZ", P)},
        ),
        ("Авраамовы соглашения. Узбекистан провел переговоры с участниками форума.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. US outlets named Uzbekistan among the possible next members.",
            {("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_possible_next_participants(language, text, expected):
    check_case(language, text, expected)
