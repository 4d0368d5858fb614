"""Round thirty-one, weighing a step with no object: "is weighing whether to take part,",
"sopesa si sumarse,", "réfléchit à y adhérer" with the accords named before are candidacies.
With no object the verb counts only where a comma or the sentence's end follows it:
"weighing whether to take part in the pipeline tender", "sopesa si participar en el concurso"
are other plans. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Azerbaijan is weighing whether to take part, according to two "
            "people.",
            {("AZ", P)},
        ),
        (
            "The Abraham Accords. Azerbaijan is weighing whether to take part in the pipeline tender.",
            set(),
        ),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Azerbaiyán sopesa si sumarse, según dos fuentes.", {("AZ", P)}),
        (
            "Los Acuerdos de Abraham. Azerbaiyán sopesa si participar en el concurso de gasoductos.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Azerbaïdjan réfléchit à y adhérer, selon deux sources.",
            {("AZ", P)},
        ),
        ("Les accords d'Abraham. L'Azerbaïdjan réfléchit à y participer.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_weighing_whether(language, text, expected):
    check_case(language, text, expected)
