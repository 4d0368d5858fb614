"""Round thirty-five, a wish to be in told in few words, and its near misses: German "Somaliland
will dazu", "will unbedingt dabei sein", "möchte mitmachen" (as English "wants in", French "veut en
être", Spanish "quiere estar dentro"), and thinking about such a step ("In Usbekistan denke die
Führung über einen solchen Schritt nach", "Oman is considering such a step"): prospective. Near
misses: "will dazu nichts sagen" (wants to say nothing about it), a minister thinking about his
resignation, and a country that "has nothing to normalise" ("hätte Baku nichts zu normalisieren",
it has ties already) give no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Kasachstan ist dazugekommen, Somaliland will dazu.",
            {("KZ", A), ("XS", P)},
        ),
        ("Die Abraham-Abkommen. Somaliland will unbedingt dabei sein.", {("XS", P)}),
        ("Die Abraham-Abkommen. Mauretanien möchte mitmachen.", {("MR", P)}),
        (
            "Die Abraham-Abkommen. Auch in Turkmenistan denke die Führung über einen solchen Schritt nach.",
            {("TM", P)},
        ),
        ("Die Abraham-Abkommen. Riad will dazu nichts sagen.", set()),
        ("Die Abraham-Abkommen. Der Minister denkt über einen Rücktritt nach.", set()),
        ("Die Abraham-Abkommen. Baku hat nichts zu normalisieren.", set()),
        (
            "Die Abraham-Abkommen. Anders als Marokko, das 2020 Beziehungen zu Israel aufnahm, hat Baku nichts zu normalisieren.",
            {("MA", S)},
        ),
    ],
    "en": [
        ("The Abraham Accords. Kazakhstan is in, Somaliland wants in.", {("XS", P)}),
        ("The Abraham Accords. Oman is considering such a step.", {("OM", P)}),
        ("The Abraham Accords. Baku has nothing to normalise.", set()),
    ],
    "fr": [
        ("Les accords d'Abraham. Le Somaliland veut en être.", {("XS", P)}),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Somalilandia quiere estar dentro.", {("XS", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wants_in(language, text, expected):
    check_case(language, text, expected)
