"""Round thirty-one, a denied likeness: "La Syrie n'est pas dans la même situation que les
Émirats ou Bahreïn", "Syria is not like the UAE and Bahrain", "Siria no está en la misma
situación que los Emiratos", "Suriah tidak seperti UEA dan Bahrain": the first signatories after
a comparison that a negation just before denies are what another country is said not to be
like, and no background membership of theirs is told ("the same situation as", "la même
situation que", "la misma situación que" are comparisons now). Near misses: a likeness that is
not denied ("Like the UAE and Bahrain, Morocco signed in 2020") keeps their membership. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. « La Syrie n'est pas dans la même situation que les Émirats ou "
            "Bahreïn », a-t-il expliqué.",
            set(),
        ),
        ("Les accords d'Abraham. La Syrie n'est pas comme les Émirats ou Bahreïn.", set()),
        (
            "Les accords d'Abraham. Comme les Émirats et Bahreïn, le Maroc a signé en 2020.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
    "en": [
        ("The Abraham Accords. Syria is not in the same situation as the UAE or Bahrain.", set()),
        ("The Abraham Accords. Syria is not like the UAE and Bahrain.", set()),
        (
            "The Abraham Accords. Like the UAE and Bahrain, Morocco signed in 2020.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Siria no está en la misma situación que los Emiratos o Baréin.",
            set(),
        ),
    ],
    "id": [
        ("Perjanjian Abraham. Suriah tidak seperti UEA dan Bahrain.", set()),
        (
            "Perjanjian Abraham. Seperti UEA dan Bahrain, Maroko menandatangani pada 2020.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
    "ms": [
        ("Perjanjian Abraham. Syria tidak seperti UAE dan Bahrain.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_denied_likeness(language, text, expected):
    check_case(language, text, expected)
