"""Round forty-three, a precondition told as the price of joining ("Saudi Arabia has made a
Palestinian state the price of admission", "a fait d'un État palestinien le prix de son
adhésion", "hat einen Palästinenserstaat zum Eintrittspreis gemacht", "ha hecho de un Estado
palestino el precio de entrada", "сделала палестинское государство ценой своего присоединения"):
the country's own condition, a refusal (`cues.declined`, en fr de es ru), where the accession noun
inside it had read as a joining. Near misses: a price of admission with no one making it, and
one the United States sets, refuse nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

_SA = {("SA", D)}

CASES = {
    "en": [
        (
            'The Abraham Accords. Saudi Arabia, she said, "has made a Palestinian state the price'
            ' of admission, and nothing in Gaza has made that price cheaper."',
            _SA,
        ),
        ("The Abraham Accords. Riyadh has made a Palestinian state the price of entry.", _SA),
        ("The Abraham Accords. The price of admission for Saudi Arabia keeps rising.", set()),
        (
            "The Abraham Accords. Washington has made arms sales the price of normalization for"
            " Riyadh.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arabie saoudite a fait d'un État palestinien le prix de son"
            " adhésion.",
            _SA,
        ),
        ("Les accords d'Abraham. Riyad a fait d'un État palestinien le prix d'entrée.", _SA),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Saudi-Arabien hat einen palästinensischen Staat zum Preis für"
            " einen Beitritt gemacht.",
            _SA,
        ),
        (
            "Die Abraham-Abkommen. Riad hat einen Palästinenserstaat zum Eintrittspreis gemacht.",
            _SA,
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Arabia Saudita ha convertido un Estado palestino en el precio"
            " de su adhesión.",
            _SA,
        ),
        (
            "Los Acuerdos de Abraham. Riad ha hecho de un Estado palestino el precio de entrada.",
            _SA,
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Саудовская Аравия сделала палестинское государство ценой своего"
            " присоединения.",
            _SA,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_price_of_admission(language, text, expected):
    check_case(language, text, expected)
