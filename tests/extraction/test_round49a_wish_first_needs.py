"""Round forty-nine, a wish to join held back by what the country "first needs" or accepts "only
with a credible path to" a Palestinian state ("quiere ser parte de los acuerdos, pero que antes
necesita un camino claro hacia un Estado palestino", "desea integrarse, pero solo con una vía creíble
hacia un Estado palestino", "wolle Teil der Abkommen werden, doch brauche es dafür einen
glaubwürdigen Weg zu einem palästinensischen Staat", "wants to join the accords, but first needs a
clear path to a Palestinian state", "but only with a credible path to a Palestinian state", "mais
seulement avec une voie crédible vers un État palestinien"): interest and a precondition
(labelling rule 4), both. The wish was read, the restriction was not where the adverb stood before
the need, where "dafür" followed "brauche es", or where a path stood between "only with" and the
state. Spanish, German, English and French (`restrictions`; French "a d'abord besoin" was read
already). Near misses: the same turns about something else than the accords ("Marruecos quiere más
turistas, pero antes necesita nuevos aeropuertos", "Marokko wolle mehr Touristen, doch brauche es
dafür neue Flughäfen", "Morocco wants more tourists, but first needs new airports") give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "
SA = {("SA", P), ("SA", D)}

CASES = {
    "es": [
        (
            ES
            + "El príncipe heredero dijo que Arabia Saudí quiere ser parte de los acuerdos, pero "
            "que antes necesita un camino claro hacia un Estado palestino.",
            SA,
        ),
        (
            ES
            + "El príncipe heredero dijo que Arabia Saudí desea integrarse, pero solo con una vía "
            "creíble hacia un Estado palestino.",
            SA,
        ),
        (ES + "Marruecos quiere más turistas, pero antes necesita nuevos aeropuertos.", set()),
    ],
    "de": [
        (
            DE + "Der Kronprinz erklärte, Saudi-Arabien wolle Teil der Abkommen werden, doch "
            "brauche es dafür einen glaubwürdigen Weg zu einem palästinensischen Staat.",
            SA,
        ),
        (DE + "Marokko wolle mehr Touristen, doch brauche es dafür neue Flughäfen.", set()),
    ],
    "en": [
        (
            EN + "The crown prince said Saudi Arabia wants to join the accords, but first needs a "
            "clear path to a Palestinian state.",
            SA,
        ),
        (
            EN + "The crown prince said Saudi Arabia wants to join, but only with a credible path "
            "to a Palestinian state.",
            SA,
        ),
        (EN + "Morocco wants more tourists, but first needs new airports.", set()),
    ],
    "fr": [
        (
            FR + "Le prince héritier a dit que l'Arabie saoudite veut rejoindre les accords, mais "
            "seulement avec une voie crédible vers un État palestinien.",
            SA,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_first_needs(language, text, expected):
    assert found(text, language) == expected
