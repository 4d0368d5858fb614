"""Round thirty-one, "the question does not arise" is a refusal only in someone's words: after
a complementizer or a speaking verb ("Doha a fait savoir que la question ne se posait pas",
"Qatar said the question does not arise", "la cuestión no se plantea, dijo el ministro",
German "die Frage stelle sich nicht", reported). Told by the writer of a place ("A Dakar, la
question ne se pose pas", "In Dakar, the question does not arise") it says the matter does not
concern that country, which may have ties already: no refusal. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Doha a fait savoir que la question ne se posait pas.",
            {("QA", D)},
        ),
        (
            "Les accords d'Abraham. Pour Doha, la question ne se pose pas, a tranché le ministre.",
            {("QA", D)},
        ),
        ("Les accords d'Abraham. A Dakar, la question ne se pose pas.", set()),
    ],
    "en": [
        ("The Abraham Accords. Qatar insisted that the question does not arise.", {("QA", D)}),
        ("The Abraham Accords. In Dakar, the question does not arise.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Catar respondió que la cuestión no se plantea.",
            {("QA", D)},
        ),
        ("Los Acuerdos de Abraham. En Dakar, la cuestión no se plantea.", set()),
    ],
    "de": [
        ("Die Abraham-Abkommen. Katar erklärte, dass sich die Frage nicht stelle.", {("QA", D)}),
        ("Die Abraham-Abkommen. In Dakar stellt sich die Frage nicht.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_question_arises(language, text, expected):
    check_case(language, text, expected)
