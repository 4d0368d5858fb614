"""Round forty-one, a normalisation told as "renouer avec Israël" with no object noun ("En
décembre 2020, Rabat a renoué avec Israël", the capital as subject; "le Maroc avait renoué avec
l'État hébreu"): the background membership, signed with its date (`cues.signed`, fr; the other
languages need an object, "restored relations", which they read already). Near miss: "rétabli
ses relations avec Israël", read before, keeps its membership and date. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "En décembre 2020, Rabat a renoué avec Israël dans le cadre des accords d'Abraham.",
            {("MA", S, "2020-12")},
        ),
        (
            "Le Maroc avait renoué avec l'État hébreu fin 2020, après les accords d'Abraham.",
            {("MA", S, "2020")},
        ),
        (
            "Le Maroc a rétabli ses relations avec Israël en décembre 2020, dans les accords d'Abraham.",
            {("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_renewed_with_israel(language, text, expected):
    check_case(language, text, expected)
