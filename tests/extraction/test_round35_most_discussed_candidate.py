"""Round thirty-five, a country as the most discussed candidate or near the top of a list:
"Azerbaijan remains the most talked-about candidate in Washington", "the most-discussed
candidate", "Jakarta was near the top of their list", "der meistdiskutierte Kandidat", "el
candidato más comentado", "en lo alto de la lista de Washington" (prospective in en, de, es;
French "le candidat le plus discuté" and "en haut de la liste" were read already). Near misses: a
medal table, a list of tourist destinations, a candidate in an election with no country named.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Oman remains the most talked-about candidate in Washington.",
            {("OM", P)},
        ),
        ("The Abraham Accords. Qatar is the most-discussed candidate.", {("QA", P)}),
        (
            "The Abraham Accords. US officials signalled that Muscat was near the top of their list.",
            {("OM", P)},
        ),
        ("The Abraham Accords. Oman was near the top of the medal table.", set()),
        (
            "The Abraham Accords. The most talked-about candidate in the mayoral election is a banker.",
            set(),
        ),
    ],
    "de": [
        ("Die Abraham-Abkommen. Oman ist der meistdiskutierte Kandidat.", {("OM", P)}),
        (
            "Die Abraham-Abkommen. Der meistdiskutierte Kandidat für das Bürgermeisteramt ist ein Bankier.",
            set(),
        ),
    ],
    "fr": [
        ("Les accords d'Abraham. Oman est le candidat le plus discuté.", {("OM", P)}),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Omán es el candidato más comentado.", {("OM", P)}),
        ("Los Acuerdos de Abraham. Omán está en lo alto de la lista de Washington.", {("OM", P)}),
        (
            "Los Acuerdos de Abraham. Omán está en lo alto de la lista de destinos turísticos.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_most_discussed_candidate(language, text, expected):
    check_case(language, text, expected)
