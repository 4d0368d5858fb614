"""A denial nobody made: a negative pronoun before the denial verb in its clause ("en Astana
nadie lo desmintió: el Gobierno confirmó que estaba dispuesto a sumarse", "no one in Astana has
denied it", "niemand in Astana hat das dementiert", "никто в Астане этого не опроверг") denies
nothing, and the step told with it stands. Before, the Spanish denial verb turned the joining
confirmed after it into a refusal, and without a comma a joining told before it too. Near misses:
a denial a country made ("El Gobierno de Kazajistán desmintió que fuera a sumarse", "Kazakhstan
denied it would join") is still its refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, found

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. En Astana nadie lo desmintió: el Gobierno de Kazajistán "
            "confirmó que estaba dispuesto a sumarse.",
            {("KZ", A)},
        ),
        ("Kazajistán se sumará a los Acuerdos de Abraham y nadie lo ha desmentido.", {("KZ", A)}),
        (
            "Los Acuerdos de Abraham. El Gobierno de Kazajistán desmintió que fuera a sumarse.",
            {("KZ", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Nobody in Astana denied it: the government of Kazakhstan "
            "confirmed it was ready to join.",
            {("KZ", P)},
        ),
        ("The Abraham Accords. Kazakhstan denied it would join.", {("KZ", D)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Niemand in Astana hat das dementiert: Die Regierung "
            "Kasachstans bestätigte, dass sie beitreten werde.",
            {("KZ", A)},
        ),
        ("Die Abraham-Abkommen. Kasachstan dementierte, dass es beitreten werde.", {("KZ", D)}),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Никто в Астане этого не опроверг: правительство Казахстана "
            "подтвердило, что готово присоединиться.",
            {("KZ", A)},
        ),
        ("Авраамовы соглашения. Казахстан опроверг, что присоединится.", {("KZ", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_denial_nobody_made(language, text, expected):
    assert found(text, language) == expected
