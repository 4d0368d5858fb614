"""Unseen Spanish and English news (an El Confidencial analysis, a CNN en Español story, a
Financial Times report, a Middle East Eye analysis). Classes: a candidacy told in the perfect
tense with no adverb ("Pakistan has been floated in US conversations", "han aparecido en las
quinielas de Washington", "ont figuré dans les pronostics", "ist als Kandidat gehandelt
worden"); the idea floated ("the idea has been floated") stays no claim. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        ("Abraham Accords: Oman has been floated as a possible next member.", {("OM", P)}),
        ("Abraham Accords. Qatar, too, has been floated in US conversations.", {("QA", P)}),
        ("Abraham Accords. Mauritania had been mooted for months as a candidate.", {("MR", P)}),
        ("Abraham Accords. The idea has been floated in Oman's press, which mocked it.", set()),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Siria y Líbano también han aparecido en las quinielas de Washington.",
            {("SY", P), ("LB", P)},
        ),
        (
            "Acuerdos de Abraham. Omán ha figurado ya en las apuestas de la Casa Blanca.",
            {("OM", P)},
        ),
        ("Acuerdos de Abraham. Omán ha aparecido en un documental sobre el Golfo.", set()),
    ],
    "fr": [
        (
            "Accords d'Abraham. Oman a également figuré dans les pronostics de Washington.",
            {("OM", P)},
        ),
        ("Accords d'Abraham. Oman a figuré dans le classement des pays les plus sûrs.", set()),
    ],
    "de": [
        ("Abraham-Abkommen: Oman ist in Washington als Kandidat gehandelt worden.", {("OM", P)}),
        ("Abraham-Abkommen: Oman ist als Reiseziel gelobt worden.", set()),
    ],
}

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round21_unseen_news(language, text, expected):
    check_case(language, text, expected)
