"""Round thirty-five, "Palestine first" as a precondition: a country whose stance or whose
leader's words are "Palestine first, then we'll talk" declines (en "Palestine first", de
"zuerst Palästina, dann" and "Palästina zuerst", fr "la Palestine d'abord", es "primero Palestina,
luego" and "Palestina primero"). Near misses: Palestine first on an agenda, first in a sports
group, spoken of first in a place, give no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Malaysia has been clear: Palestine first, then we'll talk.",
            {("MY", D)},
        ),
        ("The Abraham Accords. Pakistan's position is Palestine first.", {("PK", D)}),
        (
            "The Abraham Accords. At the summit in Kuala Lumpur, Palestine came first on the agenda.",
            set(),
        ),
        ("The Abraham Accords. Oman finished first in the group; Palestine was second.", set()),
    ],
    "de": [
        ("Die Abraham-Abkommen. Malaysia sagt: zuerst Palästina, dann reden wir.", {("MY", D)}),
        ("Die Abraham-Abkommen. Für Pakistan gilt: Palästina zuerst.", {("PK", D)}),
        (
            "Die Abraham-Abkommen. Beim Gipfel in Kuala Lumpur stand zuerst Palästina auf der Tagesordnung.",
            set(),
        ),
    ],
    "fr": [
        ("Les accords d'Abraham. Pour la Malaisie, c'est la Palestine d'abord.", {("MY", D)}),
        ("Les accords d'Abraham. À Kuala Lumpur, on a parlé d'abord de la Palestine.", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Para Malasia, primero Palestina, luego lo demás.", {("MY", D)}),
        ("Los Acuerdos de Abraham. Pakistán dice: Palestina primero.", {("PK", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_palestine_first(language, text, expected):
    check_case(language, text, expected)
