"""Newcomers as candidates: a country counted among the possible newcomers ("числят среди
возможных новичков", "among the likely newcomers", "zählt zu den möglichen Neulingen") is a
candidate, as "possible new members" already was; German also reads "mögliche neue
Mitglieder" with the adjective between. Near misses: newcomers with no "possible" before them
(a cabinet's, a team's) give no candidacy.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "ru": [
        ("Соглашения Авраама. Малайзию в Вашингтоне числят среди возможных новичков.", {("MY", P)}),
        (
            "Соглашения Авраама. Президента Мавритании, которого числят среди вероятных новичков, "
            "ждут в Белом доме.",
            {("MR", P)},
        ),
        ("Соглашения Авраама. Малайзия приветствовала новичков в правительстве.", set()),
    ],
    "en": [
        ("The Abraham Accords. Malaysia is counted among the possible newcomers.", {("MY", P)}),
        ("The Abraham Accords. Malaysia welcomed the newcomers to its cabinet.", set()),
    ],
    "de": [
        ("Die Abraham-Abkommen. Malaysia zählt zu den möglichen Neulingen.", {("MY", P)}),
        ("Die Abraham-Abkommen. Malaysia zählt zu den möglichen neuen Mitgliedern.", {("MY", P)}),
        ("Die Abraham-Abkommen. Malaysia begrüßte die Neulinge im Kabinett.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_newcomers(language, text, expected):
    check_case(language, text, expected)
