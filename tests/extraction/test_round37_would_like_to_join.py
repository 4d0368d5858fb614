"""Round thirty-seven, a country that "would like" to join, told with a conditional of wishing
before the joining verb ("L'Arabie saoudite aimerait bien rejoindre les accords", "voudrait bien
entrer dans les accords", "Saudi-Arabien würde den Abkommen gerne beitreten", "Arabia Saudí
querría entrar en los acuerdos"): a wish, prospective, not an announced joining (`modals`, fr,
de, es; English "would like to join" already read so). Near misses: the plain future stays
announced, and a "gern" about a report, not the joining, changes nothing. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. L'Arabie saoudite aimerait bien rejoindre les accords.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite voudrait bien entrer dans les accords.",
            {("SA", P)},
        ),
        ("Les accords d'Abraham. L'Arabie saoudite entrera dans les accords.", {("SA", A)}),
    ],
    "de": [
        ("Die Abraham-Abkommen. Saudi-Arabien würde gern den Abkommen beitreten.", {("SA", P)}),
        (
            "Die Abraham-Abkommen. Saudi-Arabien würde den Abkommen gerne beitreten, aber nicht sofort.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Kasachstan tritt den Abkommen bei, teilte Astana gern mit.",
            {("KZ", A)},
        ),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Arabia Saudí querría entrar en los acuerdos.", {("SA", P)}),
    ],
    "en": [
        ("The Abraham Accords. Saudi Arabia would like to join the accords.", {("SA", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_would_like_to_join(language, text, expected):
    check_case(language, text, expected)
