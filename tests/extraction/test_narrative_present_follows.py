"""A step told in the narrative present ("the UAE and Bahrain sign at the White House. Morocco
follows in December, Sudan in January 2021"; "Le Maroc suit en décembre", "Marokko folgt im
Dezember", "Marruecos le sigue en diciembre") passes the step before to the country that follows,
with its own date, as "followed in" does.  With no step before ("Le Maroc suit en direct la
cérémonie") it is no claim.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

FOUR = {
    ("AE", S, "2020-09-15"),
    ("BH", S, "2020-09-15"),
    ("MA", S, "2020-12"),
    ("SD", S, "2021-01"),
}

CASES = {
    "en": [
        (
            "The Abraham Accords. On September 15, 2020, the UAE and Bahrain sign at the White "
            "House. Morocco follows in December, Sudan in January 2021.",
            FOUR,
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. « Le 15 septembre 2020, les Émirats arabes unis et Bahreïn "
            "signent à la Maison-Blanche. Le Maroc suit en décembre, le Soudan en janvier 2021 », "
            "a-t-il rappelé.",
            FOUR,
        ),
        ("Les accords d'Abraham. Le Maroc suit en direct la cérémonie.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Am 15. September 2020 unterzeichnen die Emirate und Bahrain im "
            "Weißen Haus. Marokko folgt im Dezember, der Sudan im Januar 2021.",
            FOUR,
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El 15 de septiembre de 2020 los Emiratos y Baréin firman en la "
            "Casa Blanca. Marruecos le sigue en diciembre, Sudán en enero de 2021.",
            FOUR,
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_follows_in_the_narrative_present_takes_the_step_before(language, text, expected):
    check_case(language, text, expected)
