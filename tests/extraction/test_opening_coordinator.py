"""Round thirty-two, a coordinator opening a sentence ("Mais", "But", "Pero", `coordinators`)
joins it to the one before and opens no clause ending at the first comma, as "Although" or
"Bien que" do: "Mais la vraie cible, c'est l'Arabie saoudite" names its candidate after the
comma. A clause word that is no coordinator still closes at its comma ("Bien que le Qatar
refuse, l'Arabie saoudite reste la cible"). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. Mais le gros lot, c'est l'Arabie saoudite.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Bien que le Qatar refuse toute normalisation, la vraie cible reste l'Arabie saoudite.",
            {("QA", D), ("SA", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords may grow again. But the real prize, everyone agrees, is Saudi Arabia.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_opening_coordinator(language, text, expected):
    check_case(language, text, expected)
