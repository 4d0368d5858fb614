"""Round thirty-five, the city where a source is posted is a place, not a subject: a capital
right after "en poste à", "posted in", "based in", "destinado en", "аккредитованного в"
(`places`), and in the phrase opening the sentence the list it starts ends at that phrase's
comma (`assignment._subject_lists`, as after a comparison): "Selon un diplomate européen en
poste à Rabat, l'Azerbaïdjan pourrait être le prochain" is Azerbaijan's candidacy alone, where
Rabat had taken it too (and a list begun by the place had cost Azerbaijan its own). Near misses:
the capital as the subject of its own sentence still acts. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. Selon un diplomate européen en poste à Rabat, l'Azerbaïdjan pourrait être le prochain à franchir le pas.",
            {("AZ", P)},
        ),
        (
            "Les accords d'Abraham font débat. Rabat pourrait être le prochain à franchir le pas.",
            {("MA", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. According to a European diplomat posted in Rabat, Azerbaijan could be next to take the step.",
            {("AZ", P)},
        ),
        (
            "The Abraham Accords are in the news. According to an analyst based in Manama, Oman could be the next to join.",
            {("OM", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Según un diplomático europeo destinado en Rabat, Azerbaiyán podría ser el siguiente en dar el paso.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. По словам дипломата, аккредитованного в Рабате, следующим кандидатом станет Азербайджан.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_source_posted_in(language, text, expected):
    check_case(language, text, expected)
