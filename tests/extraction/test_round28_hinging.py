"""A normalisation that "hangs on" a Palestinian condition, as French writes a dependence with
the word of a halt ("la normalisation reste suspendue à la question palestinienne", hinges
on): the condition is the country's precondition, a refusal as things stand, and no halt.
Near misses: the same word with no condition after it ("reste suspendue depuis la guerre",
"suspendue à cause de la guerre") is a halt, and a condition that is not the Palestinians'
(another word after "à") leaves the halt as it is.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, U, challenge_params, check_case

CASES = {
    "fr": [
        (
            "En Malaisie, la normalisation avec Israël reste suspendue à la question palestinienne.",
            {("MY", D)},
        ),
        (
            "Le rapprochement entre Oman et Israël demeure suspendu à la création d'un État "
            "palestinien, répète Mascate.",
            {("OM", D)},
        ),
        (
            "En Malaisie, la normalisation avec Israël reste suspendue depuis la guerre.",
            {("MY", U)},
        ),
        (
            "Le Soudan a vu sa normalisation suspendue à cause de la guerre civile.",
            {("SD", U)},
        ),
        (
            "Au Soudan, la normalisation avec Israël est suspendue à la suite du coup d'État.",
            {("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_hinging_condition(language, text, expected):
    check_case(language, text, expected)
