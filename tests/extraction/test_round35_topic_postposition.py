"""Round thirty-five, in a verb-final language a joining noun followed by a postposition of topic
(`topic_postpositions`: Turkish "ilişkin", "dair", Kazakh "туралы") is what the modal noun after it
tells, however many words stand between ("katılımına ilişkin son haftalarda artan
spekülasyonlara", "қосылуы туралы соңғы аптада көбейген болжамдарға"): a candidacy, not the
accession itself. Near misses: a decision about the joining, announced on a day, stays the
announcement. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Hacıyev, Azerbaycan'ın Abraham Anlaşmaları'na katılımına ilişkin son haftalarda artan "
            "spekülasyonlara yanıt verdi.",
            {("AZ", P)},
        ),
        (
            "Kazakistan'ın Abraham Anlaşmaları'na katılımına ilişkin karar 6 Kasım'da açıklandı.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "kk": [
        (
            "Ол Әзербайжанның Авраам келісімдеріне қосылуы туралы соңғы аптада көбейген болжамдарға "
            "жауап берді.",
            {("AZ", P)},
        ),
        (
            "Қазақстанның Авраам келісімдеріне қосылуы туралы шешім 6 қарашада жарияланды.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_topic_postposition(language, text, expected):
    check_case(language, text, expected)
