"""Round forty-five, a recognition of another country refused as the subject before the refusal
("Eine Anerkennung Somalilands stehe nicht zur Debatte", "Recognition of Somaliland is not on
the agenda", "Une reconnaissance du Somaliland n'est pas à l'ordre du jour", "El reconocimiento
de Somalilandia no está en la agenda"): a third state's refusal to recognise Somaliland, not
Somaliland's refusal of the accords, which it was read as (`steps._recognition_refused`, after
"refused to recognise Somaliland" where the recognition follows the refusal). Near misses: a
recognition of Israel so refused ("Recognition of Israel is not on the agenda, Indonesia said")
stays the country's refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Eine Anerkennung Somalilands stehe nicht zur Debatte, hieß es "
            "in Wien.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Eine Anerkennung Israels stehe für Indonesien nicht zur "
            "Debatte.",
            {("ID", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Recognition of Somaliland is not on the agenda, the ministry in "
            "Vienna said.",
            set(),
        ),
        (
            "The Abraham Accords. Recognition of Israel is not on the agenda, Indonesia said.",
            {("ID", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Une reconnaissance du Somaliland n'est pas à l'ordre du jour, "
            "a indiqué Vienne.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El reconocimiento de Somalilandia no está en la agenda, "
            "dijo Viena.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_recognition_not_on_agenda(language, text, expected):
    assert found(text, language) == expected
