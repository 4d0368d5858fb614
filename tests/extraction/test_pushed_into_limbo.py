"""Round thirty-two, a halt told as ties or commitments pushed into limbo, or a relation put
aside with its object between the verb and the adverbial: "its civil war has pushed its own
accord commitments into limbo", "une guerre civile qui a mis la relation entre parenthèses", "ha dejado la normalización de
Sudán en el limbo", "hat die Normalisierung des Sudan in die Schwebe gebracht".
"Pushed" there is no pressure to join. Near misses: something else pushed into limbo or put
aside. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords have five members. Sudan's civil war has pushed its accord commitments into limbo.",
            {("SD", U)},
        ),
        (
            "The Abraham Accords have five members. The coup put its ties into limbo, officials in Khartoum say of Sudan.",
            {("SD", U)},
        ),
        # near miss: another thing in limbo
        (
            "The Abraham Accords have five members. Sudan's civil war has pushed its harvest into limbo.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven al debate. La guerra ha dejado la normalización de Sudán en el limbo.",
            {("SD", U)},
        ),
        (
            "Los Acuerdos de Abraham vuelven al debate. La guerra dejó la cosecha de Sudán en el limbo.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder im Gespräch. Der Krieg hat die Normalisierung des Sudan in die Schwebe gebracht.",
            {("SD", U)},
        ),
        (
            "Die Abraham-Abkommen sind wieder im Gespräch. Die Ernte des Sudan ist in der Schwebe.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. Le Soudan est en proie à une guerre civile qui a mis la relation entre parenthèses.",
            {("SD", U)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Le Soudan a mis la réforme agraire entre parenthèses.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_pushed_into_limbo(language, text, expected):
    check_case(language, text, expected)
