"""Round forty-five, a wish to join "assorti d'une condition" ("a assuré que le royaume souhaitait
faire partie des accords, mais en assortissant ce souhait d'une condition : ...", "un souhait
assorti d'une condition : un État palestinien"): the wish and a refusal with that condition, as
with "à condition que" (French `restrictions`, the noun of the wish or joining named before
"assorti", so that a contract with conditions says nothing). Near misses: a contract "assorti
de conditions techniques" beside a wish gives the wish alone. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Reçu à la Maison-Blanche le 18 novembre, le prince héritier "
            "Mohammed ben Salmane a assuré que le royaume souhaitait faire partie des accords, mais "
            "en assortissant ce souhait d'une condition : l'ouverture d'un chemin clair vers un "
            "État palestinien.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite veut rejoindre les accords, un souhait "
            "assorti d'une condition : un État palestinien.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite veut rejoindre les accords et achète des "
            "F-35, un contrat assorti de conditions techniques.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite a assorti son oui d'une condition : un État "
            "palestinien.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {
    "fr-4": "a yes with a condition and no joining word: a restriction adds a refusal only to a "
    "joining or a wish it follows, and 'son oui' is none",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_with_a_condition(language, text, expected):
    assert found(text, language) == expected
