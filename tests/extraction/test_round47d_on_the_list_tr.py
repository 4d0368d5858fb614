"""Round forty-seven, the Turkish "on Washington's list" told in a subordinate form ("Pakistan'ın
da Washington'un listesinde olduğu iddiaları", "Trump'ın listesinde olduğunu yazan gazeteler"):
a candidacy, as the finite "listesinde yer alıyor" and the English and Arabic "on Washington's
list" ("على قائمة واشنطن") already were. Near misses: another list of Washington's (a sanctions
list, "yaptırım listesinde") gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

TR = "İbrahim Anlaşmaları 2020'de imzalandı. "

CASES = {
    "tr": [
        (TR + "Pakistan'ın da Washington'un listesinde olduğu iddiaları tepki çekti.", {("PK", P)}),
        (TR + "Endonezya'nın Trump'ın listesinde olduğunu yazan gazeteler var.", {("ID", P)}),
        (TR + "Türkiye'nin Washington'un yaptırım listesinde olduğu iddiaları yalanlandı.", set()),
    ],
    "en": [
        (
            "The Abraham Accords were signed in 2020. Pakistan is on Washington's list as well.",
            {("PK", P)},
        ),
    ],
    "ar": [
        ("وقعت اتفاقيات أبراهام عام 2020. وباكستان أيضا على قائمة واشنطن.", {("PK", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_on_the_list_tr(language, text, expected):
    assert found(text, language) == expected
