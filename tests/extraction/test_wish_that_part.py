"""Round thirty-four, a wish that a country be part of the accords, told with the subjunctive:
"souhaite que le royaume fasse partie des accords", "avait dit souhaiter que l'Arabie saoudite
fasse partie des accords" (with "mais seulement lorsque" after it, a condition too), "quiere que
Arabia Saudí forme parte de los Acuerdos", "dijo querer que el reino forme parte". English "wanted
the kingdom to be part of" was read already. Near misses: the wish for another body, and a
refusal told with the same verb. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Mohammed ben Salmane souhaite que le royaume fasse partie des accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "Trump souhaite que l'Arabie saoudite fasse partie des accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "Le prince héritier avait dit souhaiter que l'Arabie saoudite fasse partie des accords d'Abraham, "
            "mais seulement lorsqu'une voie vers un État palestinien serait garantie.",
            {("SA", P), ("SA", D)},
        ),
        # near miss: the wish for another body
        (
            "Les accords d'Abraham sont cités partout. Le Maroc souhaite que la Mauritanie fasse partie de la délégation.",
            set(),
        ),
    ],
    "es": [
        (
            "Trump quiere que Arabia Saudí forme parte de los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        (
            "Mohamed bin Salmán dijo querer que el reino forme parte de los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        # near miss: the wish for another body
        (
            "Los Acuerdos de Abraham siguen en debate. Marruecos quiere que Mauritania forme parte de la delegación.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_that_part(language, text, expected):
    check_case(language, text, expected)
