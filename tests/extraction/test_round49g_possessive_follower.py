"""Round forty-nine, a follower named by its government with a possessive ("Morocco signed the
Abraham Accords in December 2020 and Sudan's transitional government followed in January 2021",
"Morocco's royal cabinet followed in December"): "followed" took the step before only right
after the country or past an apposition between commas, so the possessive's noun kept the
country from it. A possessive and at most three words between the country and the marker now
make the country the follower, with the marker's own date. English only: the other languages
name the government first and the country after it ("le gouvernement soudanais", "ממשלת סודן"),
or glue the genitive to the name ("Sudans Regierung"), which the marker already reaches.

Near misses: another country between ("Oman's neighbour Qatar followed": Qatar follows, not
Oman), and a possessive's noun phrase of four words or more ("Oman's long and bitter border
dispute followed") give the country nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found_dated

EN = "Morocco signed the Abraham Accords in December 2020"

CASES = {
    "en": [
        (
            EN + " and Sudan's transitional government followed in January 2021.",
            {("MA", S), ("SD", S, "2021-01")},
        ),
        (
            "Bahrain signed the Abraham Accords in September 2020 and Morocco's royal cabinet "
            "followed in December.",
            {("BH", S), ("MA", S, "2020-12")},
        ),
        (
            EN + ", and Oman's new government followed in 2021.",
            {("MA", S), ("OM", S, "2021")},
        ),
        (EN + ", and Oman's neighbour Qatar followed in 2021.", {("MA", S), ("QA", S)}),
        (EN + ", and Oman's long and bitter border dispute followed in 2021.", {("MA", S)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_possessive_follower(language, text, expected):
    dated = {item[0] for item in expected if len(item) == 3}
    assert found_dated(text, language, dated) == expected
