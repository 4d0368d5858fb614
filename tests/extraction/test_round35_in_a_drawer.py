"""Round thirty-five, a normalisation or a file that sleeps in a drawer is halted: "Au Soudan, la
normalisation dort dans un tiroir depuis 2023", "chez lui le dossier dort dans un tiroir", "la
normalización duerme en un cajón", "normalisation has been sitting in a drawer" (`suspended`, the
process named right before the idiom). Near misses: another country's nuclear file or a pipeline
project in a drawer gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. Au Soudan, la normalisation dort dans un tiroir depuis 2023.",
            {("SD", U, "2023")},
        ),
        (
            "Les accords d'Abraham font débat. Le dossier nucléaire de l'Iran dort dans un tiroir depuis 2023.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. En Sudán, la normalización duerme en un cajón desde 2023.",
            {("SD", U, "2023")},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. El expediente del gasoducto con Argelia duerme en un cajón desde 2023.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. In Sudan, normalisation has been sitting in a drawer since 2023.",
            {("SD", U, "2023")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_in_a_drawer(language, text, expected):
    check_case(language, text, expected)
