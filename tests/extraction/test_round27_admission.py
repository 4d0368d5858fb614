"""A country asking to be admitted: "Somaliland has asked to be let in", "a demandé à être
admis", "ha pedido ser admitida" is its own wish to join, a candidacy like "asked to join".
Near misses: being let in somewhere that is no club (a port, a stadium), and a request made by
a founder for someone else give no candidacy.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "On the Abraham Accords, Somaliland, which Israel recognised in December, has asked to be let in; "
            "the request has gone unanswered.",
            {("XS", P)},
        ),
        ("Mauritania has requested to be admitted to the Abraham Accords.", {("MR", P)}),
        ("Fans from Morocco asked to be let in to the stadium before kick-off.", set()),
    ],
    "fr": [
        ("Le Somaliland a demandé à être admis dans les accords d'Abraham.", {("XS", P)}),
        ("Des supporters marocains ont demandé à être admis dans le stade avant le match.", set()),
    ],
    "es": [
        ("Somalilandia ha pedido ser admitida en los Acuerdos de Abraham.", {("XS", P)}),
        ("Varios periodistas de Marruecos pidieron ser admitidos en la rueda de prensa.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_admission(language, text, expected):
    check_case(language, text, expected)
