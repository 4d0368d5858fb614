"""Round thirty-six, a country that "considers any normalisation a red line" (its own view of the
step, the verb before it): declined ("Algiers considers any normalisation as a red line", "Alger
considère toute normalisation comme une ligne rouge", "betrachtet jede Normalisierung als rote
Linie", "considera la normalización como una línea roja"). Near misses: a red line about something
else, and a country that considers normalisation a goal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Algeria considers any normalisation as a red line.", {("DZ", D)}),
        ("The Abraham Accords. Algeria considers the border closure as a red line.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le voisin algérien n'a pas varié : Alger considère toute normalisation comme une ligne rouge.",
            {("DZ", D)},
        ),
        (
            "Les accords d'Abraham. Alger considère la fermeture de la frontière comme une ligne rouge.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Algerien betrachtet jede Normalisierung als rote Linie.",
            {("DZ", D)},
        ),
        ("Die Abraham-Abkommen. Algerien betrachtet die Grenzschließung als rote Linie.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Argelia considera cualquier normalización como una línea roja.",
            {("DZ", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_red_line_view(language, text, expected):
    check_case(language, text, expected)
