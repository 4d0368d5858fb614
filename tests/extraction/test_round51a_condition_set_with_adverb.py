"""A condition set by a country, with an adverb between the verb and "as a condition" or the
condition's object put before what is demanded ("elle pose désormais comme condition à toute
reconnaissance d'Israël la création d'un État palestinien", "pone ahora como condición para
reconocer a Israel ...", "Saudi Arabia now sets as a condition for any recognition of Israel ..."):
the country's own precondition (`declined`, rule 4). Before, the French cue needed the verb next to
"comme condition", the Spanish sentence read "reconocer a Israel" as an announcement, and English
had no cue. Near misses: a condition set on something else ("comme condition aux investissements",
"como condición a los inversores", "as a condition for investors") gives no refusal. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, found

SA = {("SA", D)}

CASES = {
    "fr": [
        (
            "Quant à l'Arabie saoudite, elle pose désormais comme condition à toute reconnaissance "
            "d'Israël la création d'un État palestinien.",
            SA,
        ),
        (
            "L'Arabie saoudite pose toujours comme condition à la normalisation la création d'un "
            "État palestinien.",
            SA,
        ),
        (
            "Le Maroc a signé les accords d'Abraham ; il pose désormais comme condition aux "
            "investissements la stabilité.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Arabia Saudí pone ahora como condición para reconocer a Israel la creación de un "
            "Estado palestino.",
            SA,
        ),
        (
            "En cuanto a Arabia Saudí, pone desde entonces como condición a cualquier "
            "normalización un Estado palestino.",
            SA,
        ),
        (
            "Marruecos firmó los Acuerdos de Abraham y pone ahora como condición a los inversores "
            "la estabilidad.",
            {("MA", S)},
        ),
    ],
    "en": [
        (
            "Saudi Arabia now sets as a condition for any recognition of Israel the creation of a "
            "Palestinian state.",
            SA,
        ),
        (
            "As for Saudi Arabia, it has since set as a precondition for any normalisation a "
            "Palestinian state.",
            SA,
        ),
        (
            "Morocco signed the Abraham Accords and now sets as a condition for investors a stable "
            "currency.",
            {("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_condition_set_with_adverb(language, text, expected):
    assert found(text, language) == expected
