"""Round thirty-three, a wish to be among the signatories or members ("souhaite figurer parmi
les signataires", "wants to be among the signatories", "quiere figurar entre los firmantes",
"تريد أن تكون من بين الموقعين", "möchte zu den Unterzeichnern ... gehören", "хочет быть в
числе участников"): a wish, not a membership; negated, a refusal. Near miss: a member "among
the signatories" with no wish. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "L'Arabie saoudite souhaite figurer parmi les signataires des accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "L'Arabie saoudite ne souhaite pas figurer parmi les signataires des accords d'Abraham.",
            {("SA", D)},
        ),
        # near miss: a member among the signatories
        (
            "Le Maroc figure parmi les signataires des accords d'Abraham.",
            {("MA", S)},
        ),
    ],
    "en": [
        (
            "Saudi Arabia wants to be among the signatories of the Abraham Accords.",
            {("SA", P)},
        ),
        (
            "Morocco is among the signatories of the Abraham Accords.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Arabia Saudí quiere figurar entre los firmantes de los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        (
            "Marruecos figura entre los firmantes de los Acuerdos de Abraham.",
            {("MA", S)},
        ),
    ],
    "ar": [
        (
            "السعودية تريد أن تكون من بين الموقعين على اتفاقيات إبراهيم.",
            {("SA", P)},
        ),
    ],
    "de": [
        (
            "Saudi-Arabien möchte zu den Unterzeichnern der Abraham-Abkommen gehören.",
            {("SA", P)},
        ),
    ],
    "ru": [
        (
            "Саудовская Аравия хочет быть в числе участников Авраамовых соглашений.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_among_signatories(language, text, expected):
    check_case(language, text, expected)
