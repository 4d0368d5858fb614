"""Round thirty-five, countries cited as the next recruits of the accords are candidates, as the
next candidates or members are ("on cite l'Azerbaïdjan et l'Arménie comme prochaines recrues",
"cite Azerbaijan and Armenia as the next recruits", "como próximas incorporaciones",
"Следующими новичками называют Азербайджан"). Only the next or future recruits: a "nouvelle
recrue" is a joining already told; Spanish "próximo fichaje" stays out (a country "cooling the
hopes of those who saw it as the next signing" is no candidacy). Near misses: an army's next
recruits coming from a country give no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. Dans l'entourage de l'envoyé spécial, on cite volontiers l'Azerbaïdjan et l'Arménie comme prochaines recrues.",
            {("AZ", P), ("AM", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Officials cite Azerbaijan and Armenia as the next recruits.",
            {("AZ", P), ("AM", P)},
        ),
        (
            "The Abraham Accords are in the news. The army's next recruits come from Kazakhstan.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. En Washington citan a Azerbaiyán y Armenia como próximas incorporaciones.",
            {("AZ", P), ("AM", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. Следующими новичками называют Азербайджан и Армению.",
            {("AZ", P), ("AM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_next_recruits(language, text, expected):
    check_case(language, text, expected)
