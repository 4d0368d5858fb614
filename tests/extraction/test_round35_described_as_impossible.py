"""Round thirty-five, a refusal told as describing the step as impossible: "describing any
normalisation with Israel as 'out of the question'", "called joining the accords unthinkable"
being read already, English now reads "described/called/dismissed ... as out of the question /
unthinkable / inconceivable / a non-starter" with the step (normalisation, joining, recognition of
Israel, ties with Israel) right after the verb (declined); German "bezeichnete
... als ausgeschlossen", Spanish "calificó ... de impensable" and French "a qualifié ...
d'impensable" were read already and stay beside them. Near misses: a visit described as out of the
question because of rain, with no step, gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        (
            'The Abraham Accords. Pakistan\'s prime minister went further, describing any normalisation with Israel as "out of the question" for his government.',
            {("PK", D)},
        ),
        (
            "The Abraham Accords. Malaysia dismissed joining the accords as a non-starter.",
            {("MY", D)},
        ),
        (
            "The Abraham Accords. Malaysia's prime minister described a visit to the stadium as out of the question because of rain.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Malaysia bezeichnete jede Normalisierung mit Israel als ausgeschlossen.",
            {("MY", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Malasia calificó cualquier normalización con Israel de impensable.",
            {("MY", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. La Malaisie a qualifié toute normalisation avec Israël d'impensable.",
            {("MY", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_described_as_impossible(language, text, expected):
    check_case(language, text, expected)
