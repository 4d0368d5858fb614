"""Round thirty-five, a country that never wavered in its refusal refuses, the refusal's object
left to the text around it ("La Malaisie, elle, n'a jamais varié dans son refus", "has never
wavered in its refusal", "nunca ha variado en su rechazo", "никогда не отступала от своего
отказа"). Near misses: a refusal of something else named after it (a territory's independence)
gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. La Malaisie, elle, n'a jamais varié dans son refus.",
            {("MY", D)},
        ),
        (
            "Les accords d'Abraham font débat. Le Maroc n'a jamais varié dans son refus de l'indépendance du Sahara.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Malaysia, for its part, has never wavered in its refusal.",
            {("MY", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Malasia, por su parte, nunca ha variado en su rechazo.",
            {("MY", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. Малайзия никогда не отступала от своего отказа.",
            {("MY", D)},
        ),
        (
            "Соглашения Авраама снова в центре внимания. Малайзия никогда не отступала от своей позиции.",
            {("MY", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_never_wavered(language, text, expected):
    check_case(language, text, expected)
