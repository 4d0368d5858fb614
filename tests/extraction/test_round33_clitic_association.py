"""Round thirty-three, joining the accords told with a clitic for them ("le Kazakhstan a fait
savoir qu'il s'y associerait", "s'y associera", "se asoció a ellos en noviembre"): a joining,
as "s'y est associé" was; negated, a refusal. Near miss: associating with something else.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham sont au cœur du débat. Le Kazakhstan a fait savoir qu'il s'y associerait.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham sont au cœur du débat. Le Kazakhstan s'y associera.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham sont au cœur du débat. Le Kazakhstan ne s'y associera pas.",
            {("KZ", D)},
        ),
        # near miss: associating with another partner
        (
            "Les accords d'Abraham sont au cœur du débat. Le Kazakhstan s'associe à la France pour un projet spatial.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven al debate. Kazajistán se asoció a ellos en noviembre.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Los Acuerdos de Abraham vuelven al debate. Kazajistán no se asociará a ellos.",
            {("KZ", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_clitic_association(language, text, expected):
    check_case(language, text, expected)
