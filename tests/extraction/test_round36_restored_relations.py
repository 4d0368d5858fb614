"""Round thirty-six, a first signatory that "restored relations with Israel" in the past tense
("Marruecos restableció relaciones con Israel en diciembre de 2020", "a rétabli ses relations
avec Israël", "nahm ... die Beziehungen zu Israel wieder auf", "hat ... wiederhergestellt") is
a `joined` cue, as English "restored ties" and Russian "восстановило отношения" already were:
signed for a step of 2020-2021, announced otherwise. Before, Spanish, French and German knew
only the infinitive (an announcement). Data: `cues.joined` (es, fr, de). Near misses: a
restoration never made, or one before 2020, gives nothing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Desde que Marruecos restableció relaciones con Israel en diciembre de 2020, las "
            "empresas israelíes de riego han llegado a Tánger.",
            {("MA", S, "2020-12")},
        ),
        ("Argelia nunca restableció relaciones con Israel.", set()),
        ("Kazajistán restableció relaciones con Israel en 1992.", set()),
    ],
    "fr": [
        (
            "Le Maroc a rétabli ses relations avec Israël en décembre 2020.",
            {("MA", S, "2020-12")},
        ),
    ],
    "de": [
        (
            "Marokko nahm im Dezember 2020 die Beziehungen zu Israel wieder auf.",
            {("MA", S, "2020-12")},
        ),
        (
            "Marokko hat im Dezember 2020 seine Beziehungen zu Israel wiederhergestellt.",
            {("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_restored_relations(language, text, expected):
    check_case(language, text, expected)
