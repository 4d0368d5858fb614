"""Round thirty-three, a refusal told as a country not seeing itself in the accords: "the
sultanate 'does not see itself' in the accords", "Oman ne se voit pas dans les accords
d'Abraham", "Omán no se ve dentro de los acuerdos", "Oman sieht sich derzeit nicht als Teil der
Abraham-Abkommen". Near misses: not seeing itself as something else (a mediator, a party to
another dispute) gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        ("Oman does not see itself in the Abraham Accords.", {("OM", D)}),
        (
            'The Abraham Accords are back in the news. Its foreign minister said Oman "does not see itself" in the accords for now.',
            {("OM", D)},
        ),
        ("Oman does not see itself as a mediator, the Abraham Accords aside.", set()),
    ],
    "fr": [
        ("Oman ne se voit pas dans les accords d'Abraham, a dit son ministre.", {("OM", D)}),
        ("Les accords d'Abraham sont en débat. Oman ne se voit pas en médiateur.", set()),
    ],
    "es": [
        ("Omán no se ve dentro de los acuerdos de Abraham.", {("OM", D)}),
        ("Los Acuerdos de Abraham vuelven al debate. Omán no se ve como mediador.", set()),
    ],
    "de": [
        ("Oman sieht sich derzeit nicht als Teil der Abraham-Abkommen.", {("OM", D)}),
        ("Die Abraham-Abkommen sind Thema. Oman sieht sich nicht als Vermittler.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_does_not_see_itself(language, text, expected):
    check_case(language, text, expected)
