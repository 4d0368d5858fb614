"""Round thirty-four, a founder "in discussions with" a country, or the country in discussions
with it, holds talks, as "in talks with" does ("Officials in Washington are also said to be in
discussions with Azerbaijan", "Washington est en discussions avec l'Azerbaïdjan", "Washington está
en conversaciones con Azerbaiyán"). Near misses: discussions with reporters or a lender, where no
country is the partner, give no claim. German "in Gesprächen mit" is left out: it is as often a
conversation with someone ("Riad habe in Gesprächen mit den Europäern klargemacht"), and read as
talks it gave the speaker talks with the accords' founders. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import N, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords are back. Officials in Washington are also said to be in discussions with Azerbaijan.",
            {("AZ", N)},
        ),
        (
            "The Abraham Accords are back. Azerbaijan is in discussions with Washington.",
            {("AZ", N)},
        ),
        (
            "The Abraham Accords are back. The minister, in discussions with reporters, praised the weather.",
            set(),
        ),
        (
            "The Abraham Accords are back. Azerbaijan is in discussions with the IMF about a loan.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent. Washington est en discussion avec l'Azerbaïdjan.",
            {("AZ", N)},
        ),
        (
            "Les accords d'Abraham reviennent. Washington est en discussions avec l'Azerbaïdjan.",
            {("AZ", N)},
        ),
        (
            "Les accords d'Abraham reviennent. Le ministre, en discussion avec des journalistes, a loué le temps.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven. Washington está en conversaciones con Azerbaiyán.",
            {("AZ", N)},
        ),
        (
            "Los Acuerdos de Abraham vuelven. El ministro, en conversaciones con periodistas, elogió el tiempo.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_in_discussions(language, text, expected):
    check_case(language, text, expected)
