"""Round thirty-seven, Washington that "has" countries "in its sights" with the countries
between the verb and the phrase ("Washington also has Syria and Lebanon in its sights",
"Washington hat dabei auch Syrien und den Libanon im Blick", "Washington a aussi la Syrie et le
Liban dans le viseur", "a dans sa ligne de mire la Syrie et le Liban"): others' wish that they
join, prospective (rule 3; `cues.prospective`, en, de, fr; Spanish "tiene también en la mira a"
already read). Near misses: the same phrase with no country in it, and a candidate country that
has something else in its sights. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Washington also has Syria and Lebanon in its sights.",
            {("SY", P), ("LB", P)},
        ),
        ("The Abraham Accords. Washington has the economy in its sights.", set()),
        ("The Abraham Accords. Syria has the economy in its sights.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Washington hat dabei auch Syrien und den Libanon im Blick.",
            {("SY", P), ("LB", P)},
        ),
        ("Die Abraham-Abkommen. Washington hat die Lage im Blick.", set()),
        ("Die Abraham-Abkommen. Syrien hat die Wirtschaft im Blick.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Washington a aussi la Syrie et le Liban dans le viseur.",
            {("SY", P), ("LB", P)},
        ),
        (
            "Les accords d'Abraham. Washington a dans sa ligne de mire la Syrie et le Liban.",
            {("SY", P), ("LB", P)},
        ),
        ("Les accords d'Abraham. La Syrie a l'économie dans son viseur.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Washington tiene también en la mira a Siria y el Líbano.",
            {("SY", P), ("LB", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_in_its_sights(language, text, expected):
    check_case(language, text, expected)
