""" "Ditawarkan keanggotaan oleh Rumah Putih", "was offered membership", "die Mitgliedschaft
angeboten", "предложили членство": membership offered to a country by others is a hope of
theirs, prospective (`cues`). Near misses: another offer ("a gas deal") gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Perjanjian Abraham. Azerbaijan pula ditawarkan keanggotaan oleh Rumah Putih.",
            {("AZ", P)},
        ),
    ],
    "id": [
        ("Abraham Accords. Azerbaijan ditawari keanggotaan oleh Gedung Putih.", {("AZ", P)}),
    ],
    "en": [
        ("Abraham Accords. Azerbaijan was offered membership by the White House.", {("AZ", P)}),
        ("Abraham Accords. Azerbaijan was offered a gas deal.", set()),
    ],
    "de": [
        (
            "Abraham-Abkommen. Aserbaidschan wurde vom Weißen Haus die Mitgliedschaft angeboten.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        ("Соглашения Авраама. Азербайджану предложили членство.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_offered_membership(language, text, expected):
    check_case(language, text, expected)
