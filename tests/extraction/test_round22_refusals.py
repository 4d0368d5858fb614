"""Round twenty-two, refusals as French news tells them (with Spanish, English and German where
the same phrasing exists). Classes: "the question does not arise" ("la question ne se pose
pas", "la cuestión no se plantea", "the question does not arise", "die Frage stellt sich
nicht") is a refusal, while the question that does arise is nothing; "let alone" after a first
refusal ("pas de traité de paix, et encore moins d'une adhésion", "y mucho menos de la
adhesión", "let alone joining", "geschweige denn einen Beitritt") refuses the joining too, where
it used to read as a joining; an adverb of manner inside a French compound tense ("a fermement
écarté", "a résolument écarté") keeps the refusal, and a Spanish refusal of "esa hipótesis" or
"esa posibilidad" (the candidacy just told) is a refusal. Near misses: "let alone" after a
prediction about no one's step, and an adverb before a verb that is no step.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Doha a fait savoir que la question ne se posait pas.",
            {("QA", D)},
        ),
        ("Les accords d'Abraham. La question se pose désormais aussi pour le Qatar.", set()),
        (
            "Les accords d'Abraham. Au Liban, il n'est pas question d'un traité de paix, et encore moins "
            "d'une adhésion aux accords.",
            {("LB", D)},
        ),
        (
            "Les accords d'Abraham. Le Liban n'envisage pas un traité de paix, encore moins une normalisation.",
            {("LB", D)},
        ),
        ("Les accords d'Abraham. L'Arménie a fermement écarté cette hypothèse.", {("AM", D)}),
        ("Les accords d'Abraham. L'Arménie a résolument écarté cette idée.", {("AM", D)}),
        ("Les accords d'Abraham. Le Maroc a fermement condamné l'attaque.", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Catar hizo saber que la cuestión no se plantea.", {("QA", D)}),
        ("Los Acuerdos de Abraham. La cuestión se plantea ahora también en Catar.", set()),
        (
            "Los Acuerdos de Abraham. En el Líbano no se habla de un tratado de paz, y mucho menos de la "
            "adhesión a los acuerdos.",
            {("LB", D)},
        ),
        ("Los Acuerdos de Abraham. Armenia ha descartado tajantemente esa hipótesis.", {("AM", D)}),
        (
            "Los Acuerdos de Abraham. Armenia, que algunos situaban entre los candidatos, descartó esa "
            "posibilidad.",
            {("AM", P), ("AM", D)},
        ),
    ],
    "en": [
        ("The Abraham Accords. Qatar said the question does not arise.", {("QA", D)}),
        (
            "The Abraham Accords. Lebanon is not ready for a peace treaty, let alone joining the accords.",
            {("LB", D)},
        ),
        (
            "The Abraham Accords. Nobody expects a Saudi deal this year, let alone a signing ceremony.",
            set(),
        ),
    ],
    "de": [
        ("Die Abraham-Abkommen. Katar erklärte, die Frage stelle sich nicht.", {("QA", D)}),
        ("Die Abraham-Abkommen. Die Frage stellt sich nun auch für Katar.", set()),
        (
            "Die Abraham-Abkommen. Der Libanon lehnt einen Friedensvertrag ab, geschweige denn einen "
            "Beitritt zu den Abkommen.",
            {("LB", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_refusals(language, text, expected):
    check_case(language, text, expected)
