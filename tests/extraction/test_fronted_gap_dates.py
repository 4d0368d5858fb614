"""Round thirty-two, a gapped list whose own date comes before it: "Im Dezember desselben Jahres
kam Marokko hinzu, im Januar 2021 der Sudan", "En diciembre de 2020 se sumó Marruecos, en enero
de 2021 Sudán", "en janvier 2021 le Soudan". A list after a comma and a date right before it,
closing its sentence with no verb of its own, takes the step of the cue before it with that
date (`assignment._fronted_gap_date`), as "and Sudan in January 2021" did with the date after.
German "kam ... hinzu" (came in) joined the joining cues. Near misses: a country after a date
that has its own verb ("según recordó en enero de 2021 Sudán" holds a reporting verb), "dazu
kamen Streiks" after a country named as a place. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen wurden 2020 unterzeichnet. Im Dezember desselben Jahres kam "
            "Marokko hinzu, im Januar 2021 der Sudan.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        ("Die Abraham-Abkommen. Später kamen Marokko und der Sudan hinzu.", {("MA", S), ("SD", S)}),
        (
            "Die Abraham-Abkommen. Im Dezember kam es zu Protesten in Marokko, dazu kamen Streiks.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. En diciembre de 2020 se sumó Marruecos, en enero de 2021 "
            "Sudán.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Los Acuerdos de Abraham. Marruecos se sumó en diciembre de 2020, según recordó en "
            "enero de 2021 Sudán.",
            {("MA", S, "2020-12")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Maroc les a rejoints en décembre 2020, en janvier 2021 le "
            "Soudan.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Morocco came on board in December 2020, Sudan in January 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fronted_gap_dates(language, text, expected):
    check_case(language, text, expected)
