"""Round forty-nine, pressure on a country told with an adverb or with "come in" for joining
("Washington has been leaning heavily on Baku to come in next", "is urging Baku to come in too"):
others' push, prospective, as "leaning on Baku to join" and "pressing Baku to come aboard"
already were; the adverb between "leaning" and "on", and "come in" after a push verb, were not
read. English only (`cues` prospective; the other languages have no such idiom). Near misses: a
push not to come in ("Tehran urged Baku not to come in") gives nothing; "come in" with no
country pushed ("Police urged residents to come in out of the rain") and "has come in from the
cold" give nothing. Left out: "to come in" closing the sentence with no word after it. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

EN = "The Abraham Accords were signed in 2020 by the UAE and Bahrain. "
BG = {("AE", "signed"), ("BH", "signed")}

CASES = {
    "en": [
        (EN + "Washington has been leaning heavily on Baku to come in next.", BG | {("AZ", P)}),
        (EN + "Washington is urging Baku to come in too.", BG | {("AZ", P)}),
        (EN + "Washington is urging Baku to come in, officials say.", BG | {("AZ", P)}),
        (EN + "Washington has been leaning hard on Riyadh to join.", BG | {("SA", P)}),
        (EN + "Tehran urged Baku not to come in.", BG),
        (EN + "Police urged residents to come in out of the rain.", BG),
        (EN + "Baku has come in from the cold.", BG),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_lean_on_to_come_in(language, text, expected):
    assert found(text, language) == expected
