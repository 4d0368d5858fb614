"""A signing ceremony still to come after a joining, told past things that used to hide it:
the joining's own country named again between the two ("Air Astana", the capital inside a
company's name), a founder named as a partner ("relations with Israel"), or a date after a
reporting word at the sentence's end ("..., the minister told reporters on March 3"): that date
is the report's day, not the ceremony's. The ceremony is that joining's, not a signing. Near
misses: another country named before the signing word is its subject and signs, and a date of
the signing's own ("signed the documents on May 3") makes it a signing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Kazakhstan, which agreed in November to join the accords, has long had "
            "ties with Israel, and Air Astana said it would open a route once a signing ceremony is held.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords. Kazakhstan is finishing the procedures for its accession to the Abraham "
            "Accords, with a signing ceremony planned for the spring, a deputy minister told reporters on "
            "March 3, 2026.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords. Kazakhstan has joined the accords, and Uzbekistan signed on Monday.",
            {("KZ", A), ("UZ", A)},
        ),
        (
            "The Abraham Accords. Kazakhstan agreed to join the accords and signed the documents on May 3.",
            {("KZ", A), ("KZ", S)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Kazakhstan achève les procédures de son adhésion aux accords "
            "d'Abraham, avec une cérémonie de signature prévue au printemps, a déclaré le vice-ministre le "
            "3 mars 2026.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Kazajistán completa los trámites de su adhesión a los Acuerdos de "
            "Abraham, con una ceremonia de firma prevista para la primavera, dijo el viceministro el 3 de "
            "marzo de 2026.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_ceremony_ahead(language, text, expected):
    check_case(language, text, expected)
