"""Round thirty-seven, a country's leaders in the plural with a possessive, standing for the
country named in the sentence before ("Ses dirigeants disent qu'ils aimeraient bien entrer dans
les accords", "Seine Führung will den Abkommen nicht beitreten", "Sus dirigentes no se unirán a
los acuerdos"; `anaphora`, fr, de, es, as English "its leaders" already was). Near miss: with no
country in the sentences before, nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Tout le monde attend la réponse de l'Arabie saoudite. Ses dirigeants disent qu'ils aimeraient bien entrer dans les accords, mais pas tout de suite.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite est très riche. Ses dirigeants ne rejoindront pas les accords.",
            {("SA", D)},
        ),
        ("Les accords d'Abraham. Ses dirigeants ne rejoindront pas les accords.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Alle warten auf Saudi-Arabien. Seine Führung will den Abkommen nicht beitreten.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Todos esperan a Arabia Saudí. Sus dirigentes no se unirán a los acuerdos.",
            {("SA", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Everyone waits for Saudi Arabia. Its leaders say they will not join the accords.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_its_leaders(language, text, expected):
    check_case(language, text, expected)
