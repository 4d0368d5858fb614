"""Round thirty-one, an intention told with the English phrasal verbs of joining: "intended to
sign on", "plans to sign up", "intends to come aboard" are intentions as "intends to join" is
(a decided member's, Kazakhstan's, is its announcement). The phrasal verb counts only with
nothing after it, the accords or a time word: "plans to sign up for the new trade platform" is
another subscription. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Kazakhstan said in November it intended to sign on.",
            {("KZ", A)},
        ),
        ("The Abraham Accords. Oman plans to sign on as well.", {("OM", P)}),
        ("The Abraham Accords. Oman intends to come aboard.", {("OM", P)}),
        ("The Abraham Accords. Oman plans to sign up for the new trade platform.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_intends_to_sign_on(language, text, expected):
    check_case(language, text, expected)
