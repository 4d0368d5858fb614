"""An accession formalised, made official or sealed, told in the past ("Marruecos formalizó su
adhesión el 22 de diciembre de 2020", "Le Maroc a officialisé son adhésion", "Morocco formalised
its accession"): a joining (`cues.joined`: signed when of 2020-2021, announced after, as
Kazakhstan's is in every article), where only the future ("formalizará su adhesión") was read, as
an announcement, and the past read nothing or lent the step to a list before its relative clause
("..., se ampliaron ... a Marruecos, que formalizó su adhesión el día 22"). Spanish, French,
English. Near misses: a formalised trade deal gives nothing; the future stays an announcement. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham cumplen años. Marruecos formalizó su adhesión el 22 de "
            "diciembre de 2020.",
            {("MA", S)},
        ),
        (
            "Los Acuerdos de Abraham, firmados por Emiratos y Baréin en septiembre de 2020, se "
            "ampliaron en diciembre a Marruecos, que formalizó su adhesión el día 22.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "Kazajistán formalizó su adhesión a los Acuerdos de Abraham en noviembre de 2025.",
            {("KZ", A)},
        ),
        (
            "Los Acuerdos de Abraham cumplen años. Marruecos formalizó su acuerdo comercial con "
            "Egipto.",
            set(),
        ),
    ],
    "fr": [
        (
            "Le Maroc a officialisé son adhésion aux accords d'Abraham le 22 décembre 2020.",
            {("MA", S)},
        ),
        (
            "Le Kazakhstan devrait officialiser son adhésion aux accords d'Abraham.",
            {("KZ", A)},
        ),
    ],
    "en": [
        (
            "Morocco formalised its accession to the Abraham Accords on 22 December 2020.",
            {("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_formalised_accession(language, text, expected):
    assert found(text, language) == expected
