"""Round thirty-five, a country that has yet to set a date for its signing has announced its
joining, the signing still to come (rule 1), as "awaiting its formal signing" was: "Астана так и
не назначила дату подписания", "has yet to set a date for the signing", "n'a toujours pas fixé de
date pour la signature", "aún no ha fijado fecha para la firma", "hat noch keinen Termin für die
Unterzeichnung"; the negation inside the phrase refuses nothing. Near misses: no date yet for
the signing of a gas or trade deal gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. После объявления 6 ноября Астана так и не назначила дату подписания.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Соглашения Авраама снова в центре внимания. Египет пока не назначил дату подписания торгового соглашения.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Kazakhstan has yet to set a date for the signing.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords are in the news. Egypt has yet to set a date for the signing of the gas deal.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham font débat. Le Kazakhstan n'a toujours pas fixé de date pour la signature.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham font débat. L'Égypte n'a pas encore fixé de date pour la signature du contrat gazier.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Kazajistán aún no ha fijado fecha para la firma.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder Thema. Kasachstan hat noch keinen Termin für die Unterzeichnung festgelegt.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_signing_date_yet(language, text, expected):
    check_case(language, text, expected)
