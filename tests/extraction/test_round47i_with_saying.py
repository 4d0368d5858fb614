"""Round forty-seven, a stance told in an absolute clause opened by "with" ("Namibia took a
similar line, with Algiers saying it rejects any normalisation with Israel", "the talks ended,
with Riyadh insisting that it would not join the Abraham Accords"): "with" followed by a country
and a speech verb's participle (English `absolute_speech`: "saying", "insisting", "declaring",
"making clear", ...) names who speaks, not a counterpart, so the country is the subject of what
it says (`assignment._absolute_with`). Near misses: a comma between the country and the
participle ("a trade deal with Oman, saying it would not join") leaves the "with" a counterpart's
and the speaker is the sentence's subject; "with" and a country with no speech verb after it
("talks with Israel") stays a counterpart. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "en": [
        (
            EN + "Namibia took a similar line this week, with Algiers saying it rejects any "
            "normalisation with Israel.",
            {("DZ", D)},
        ),
        (
            EN + "The talks ended, with Riyadh insisting that it would not join the Abraham "
            "Accords.",
            {("SA", D)},
        ),
        (
            EN + "The summit closed without a statement, with Jakarta making clear it would not "
            "normalise ties with Israel.",
            {("ID", D)},
        ),
        (
            EN + "Riyadh signed a trade deal with Oman, saying it would not join the Abraham "
            "Accords.",
            {("SA", D)},
        ),
        (EN + "Riyadh held talks with Israel on joining the Abraham Accords.", {("SA", N)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_with_saying(language, text, expected):
    assert found(text, language) == expected
