"""Round thirty-three, a counted offset closing a "when" clause that opens the sentence counts
from the date named last before, as one opening or closing the sentence did: "When Khartoum's
generals signed the accords the following month, hoping ...", "Als der Sudan die Abkommen
einen Monat später unterschrieb, ...", "Lorsque le Soudan a signé les accords le mois suivant,
...", "Cuando Sudán firmó los acuerdos al mes siguiente, ..." (`when_words`,
`claims._counted_offset`). Near misses: an offset deep in a sentence that no "when" opens
("signed two months later than planned, officials said") still counts from nothing. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Morocco agreed to join the Abraham Accords in December 2020. When Khartoum's generals "
            "signed the accords the following month, hoping to leave the US terror list, few objected.",
            {("MA", A, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Morocco agreed to join the Abraham Accords in December 2020. Sudan signed the accords "
            "a month later than planned, after delays, and few objected.",
            {("MA", A, "2020-12"), ("SD", S, None)},
        ),
    ],
    "de": [
        (
            "Marokko trat den Abraham-Abkommen im Dezember 2020 bei. Als der Sudan die Abkommen "
            "einen Monat später unterschrieb, protestierte kaum jemand.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "fr": [
        (
            "Le Maroc a signé les accords d'Abraham en décembre 2020. Lorsque le Soudan a signé les "
            "accords le mois suivant, peu de voix se sont élevées.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "es": [
        (
            "Marruecos firmó los Acuerdos de Abraham en diciembre de 2020. Cuando Sudán firmó los "
            "acuerdos al mes siguiente, pocos protestaron.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_when_offsets(language, text, expected):
    check_case(language, text, expected)
