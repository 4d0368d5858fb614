"""Round thirty-five, the last (or first) country to announce its entry, with the joining noun
"entry" after the infinitive ("El último en anunciar su entrada fue Kazajistán", "Le Kazakhstan a
été le dernier à annoncer son entrée", "The latest country to announce its entry was
Kazakhstan"): the announcement, as "anunció su ingreso" and "a annoncé son entrée" were; the
infinitive alone is no cue ("entrée" also opens a stock market listing). Near misses: a company
choosing to announce its listing, or a country preferring not to announce its entry yet, give no
announcement. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. El último en anunciar su entrada fue Kazajistán, en noviembre.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Kazajistán fue el último en anunciar su ingreso.",
            {("KZ", A)},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Kazajistán prefirió no anunciar su ingreso hasta la firma.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham font débat. Le Kazakhstan a été le dernier à annoncer son entrée.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham font débat. La compagnie Air Astana a choisi d'annoncer son entrée en bourse à Londres.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. The latest country to announce its entry was Kazakhstan.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_last_to_announce(language, text, expected):
    check_case(language, text, expected)
