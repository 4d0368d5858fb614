"""A refusal told with the clitic "y" for the normalisation named before ("et Tunis s'y
oppose tout autant", "la Tunisie s'y est toujours opposée"), as "s'y refuse" already is: the
country opposes what the clause before named, a refusal.
Near misses: opposition to something else, named after the verb ("s'oppose au projet de
port"), and a clause with no country give nothing; a negated "ne s'y oppose pas" is not yet
told apart (listed below), as "ne s'y refuse pas" is not.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. L'Algérie rejette toute normalisation, et Tunis s'y oppose tout "
            "autant.",
            {("DZ", D), ("TN", D)},
        ),
        ("Les accords d'Abraham. La Tunisie s'y est toujours opposée.", {("TN", D)}),
        ("Les accords d'Abraham. La Tunisie s'oppose au projet de port de Bizerte.", set()),
        ("Les accords d'Abraham. Le syndicat s'y oppose tout autant.", set()),
        ("Les accords d'Abraham. Oman ne s'y oppose pas.", set()),
    ],
}

KNOWN_MISSES = {
    "fr-5": "a negation before the clitic ('ne s'y oppose pas') does not reverse a refusal "
    "whose own words open with 's'y' (so for 's'y refuse'): the refusal stands",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_clitic_opposition(language, text, expected):
    check_case(language, text, expected)
