"""Round thirty-three, a founder that has its eye on a country courts it: "Administration
officials also have their eye on Armenia", "Washington hat auch Armenien im Visier",
"Washington a aussi dans le viseur l'Arménie", "Washington tiene también en la mira a Armenia"
(the founder or its officials named before the phrase, the country after it). Near misses: an
eye on something that is no country (a budget, tariffs) gives no claim. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords are back. Administration officials also have their eye on Armenia.",
            {("AM", P)},
        ),
        ("The Abraham Accords are back. Washington has its eye on Armenia.", {("AM", P)}),
        ("The Abraham Accords are back. Officials have their eyes on the budget.", set()),
    ],
    "de": [
        ("Die Abraham-Abkommen sind Thema. Washington hat auch Armenien im Visier.", {("AM", P)}),
        ("Die Abraham-Abkommen sind Thema. Washington hat die Zölle im Auge.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent. Washington a aussi dans le viseur l'Arménie.",
            {("AM", P)},
        ),
        ("Les accords d'Abraham reviennent. Washington a aussi dans le viseur les tarifs.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven. Washington tiene también en la mira a Armenia.",
            {("AM", P)},
        ),
        ("Los Acuerdos de Abraham vuelven. Washington tiene en la mira los aranceles.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_eye_on(language, text, expected):
    check_case(language, text, expected)
