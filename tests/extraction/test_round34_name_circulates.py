"""Round thirty-four, one country's name that circulates or keeps coming up is a candidate, with
the verb before the name ("In Washington kursiert seit Wochen der Name Aserbaidschan", "In Berlin
fällt immer wieder der Name Armenien", "À Washington circule depuis des semaines le nom de
l'Azerbaïdjan", "En Washington circula desde hace semanas el nombre de Azerbaiyán") and in English
with the name first ("the name of Azerbaijan has been circulating", "The name doing the rounds in
Washington is Azerbaijan"). Near misses: the name of a person or of no country gives no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen sind Thema. In Washington kursiert seit Wochen der Name Aserbaidschan.",
            {("AZ", P)},
        ),
        (
            "Die Abraham-Abkommen sind Thema. In Berlin fällt immer wieder der Name Armenien.",
            {("AM", P)},
        ),
        (
            "Die Abraham-Abkommen sind Thema. In Washington kursiert seit Wochen der Name eines neuen Botschafters.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are back. In Washington the name of Azerbaijan has been circulating for weeks.",
            {("AZ", P)},
        ),
        (
            "The Abraham Accords are back. The name doing the rounds in Washington is Azerbaijan.",
            {("AZ", P)},
        ),
        (
            "The Abraham Accords are back. The name of the new envoy has been circulating for weeks.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent. À Washington circule depuis des semaines le nom de l'Azerbaïdjan.",
            {("AZ", P)},
        ),
        (
            "Les accords d'Abraham reviennent. À Washington circule le nom d'un nouvel ambassadeur.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven. En Washington circula desde hace semanas el nombre de Azerbaiyán.",
            {("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham vuelven. En Washington circula el nombre de un nuevo embajador.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_name_circulates(language, text, expected):
    check_case(language, text, expected)
