"""A proviso of several words before a Palestinian state ("estaría dispuesta a sumarse, siempre
que haya un camino hacia un Estado palestino", "willing to join, provided that there is a path
to a Palestinian state", "prêt à rejoindre, à condition qu'il y ait un État palestinien") is a
refusal as things stand beside the interest, told by the country or by the writer; a plain "if"
("si", "if") before the same words stays interest alone unless the country says it in its own
words. Near misses: a proviso about something else ("siempre que Washington lo apoye") and a
plain "if" give interest alone.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Arabia Saudí estaría dispuesta a sumarse a los acuerdos, siempre que "
            "haya un camino claro hacia un Estado palestino.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Omán quiere formar parte de los Acuerdos de Abraham siempre que Washington lo apoye.",
            {("OM", P)},
        ),
        (
            "Los Acuerdos de Abraham. Arabia Saudí estaría dispuesta a sumarse a los acuerdos si hay un "
            "Estado palestino.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Riyadh is willing to join the accords, provided that there is a path to a "
            "Palestinian state.",
            {("SA", P), ("SA", D)},
        ),
        (
            "The Abraham Accords. Riyadh is willing to join the accords if there is a path to a Palestinian "
            "state.",
            {("SA", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Riyad serait prêt à rejoindre les accords, à condition qu'il y ait un "
            "chemin vers un État palestinien.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Les accords d'Abraham. Riyad serait prêt à rejoindre les accords s'il y a un État palestinien.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_proviso(language, text, expected):
    check_case(language, text, expected)
