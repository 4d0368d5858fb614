"""Round forty, a refusal told with "hold relations": Malay and Indonesian "tidak akan mengadakan
(sebarang) hubungan dengan Israel" (declined cues, joining "menjalin", "menjalinkan"). Near
misses: a refusal with its condition keeps one claim; a country that holds talks
("mengadakan rundingan") is no refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Malaysia menegaskan ia tidak akan mengadakan hubungan dengan Israel.",
            {("MY", D)},
        ),
        (
            "Brunei tidak akan mengadakan sebarang hubungan diplomatik dengan Israel selagi Palestin belum merdeka.",
            {("BN", D)},
        ),
    ],
    "id": [
        (
            "Malaysia menegaskan tidak akan mengadakan hubungan dengan Israel.",
            {("MY", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_hold_relations_refusal(language, text, expected):
    check_case(language, text, expected)
