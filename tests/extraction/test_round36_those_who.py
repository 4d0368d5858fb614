"""Round thirty-six, a step whose subject is "those who" ("Ceux qui parlent d'adhésion ... ne
connaissent pas notre peuple", "Those who talk of joining", "Quienes hablan de adherirse"): a group
with no name (`generic_subjects`), so the country named before (the speaker's) takes no joining.
Near misses: the speaker's own refusal in the same text stays, and a named country after the
group still acts in its own clause. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. La Tunisie refuse de rejoindre les accords. Ceux qui parlent d'adhésion aux accords d'Abraham ne connaissent pas notre peuple, a déclaré le président.",
            {("TN", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Tunisia refuses to join the accords. Those who talk of joining the Abraham Accords do not know our people, the president said.",
            {("TN", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Túnez se niega a unirse a los acuerdos. Quienes hablan de adherirse a los Acuerdos de Abraham no conocen a nuestro pueblo, dijo el presidente.",
            {("TN", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_those_who(language, text, expected):
    check_case(language, text, expected)
