"""Round forty-five, a negation told up to a time ("Somaliland had not been recognised by any UN
member state until Friday", "Saudi Arabia had not joined the accords until now"): "until" before
"now", "today", "recently", a weekday or "this week" closes a span of time, no precondition, so
the negation is no refusal read from a condition (English `not_negations`, which drop the
precondition held inside them; the languages that say "until now" with words of their own,
"bis heute", "jusqu'à présent", "hasta ahora", "sampai sekarang", "עד היום", "şimdiye kadar",
gave no refusal already). Near misses: "until" before a state to come ("will not normalise until
there is a Palestinian state", "until then") keeps the refusal. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "en": [
        (
            EN + "Somaliland broke away in 1991 but had not been recognised by any UN member "
            "state until Friday.",
            set(),
        ),
        (EN + "Somaliland has not been recognised by any UN member state until now.", set()),
        (EN + "Saudi Arabia had not joined the accords until this week.", set()),
        (EN + "Oman had not normalised with Israel until recently, the paper notes.", set()),
        (EN + "Saudi Arabia will not normalise until there is a Palestinian state.", {("SA", D)}),
        (EN + "Riyadh will not normalise until then, the minister said.", {("SA", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_until_now(language, text, expected):
    assert found(text, language) == expected
