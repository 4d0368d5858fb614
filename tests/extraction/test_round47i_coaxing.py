"""Round forty-seven, a country coaxed or persuaded to join, its object a pronoun or a name
("ודווח כי ארה"ב משדלת אותה להצטרף", "וושינגטון שידלה את אזרבייג'ן להצטרף", "מנסה לשכנע אותה
להצטרף"): others' effort, so the country is a candidate (Hebrew `cues` prospective: the coaxing
verb "שידל" in its forms, and "שכנע" with a pronoun object, as "משכנעת את" already was), where
the coaxing verb had no pressure word and the joining read as the country's own announcement.
English already reads "coaxing Azerbaijan to join". Near misses: pressure with no joining after
it ("משדלת אותה לקנות נפט") gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
HE = "הסכמי אברהם נחתמו ב-2020. "

CASES = {
    "he": [
        (
            HE + "אזרבייג'ן, שמקיימת יחסים הדוקים עם ישראל ודווח כי ארה\"ב משדלת אותה להצטרף "
            "להסכמי אברהם, שותקת.",
            {("AZ", P)},
        ),
        (HE + "דווח כי וושינגטון שידלה את אזרבייג'ן להצטרף להסכמי אברהם.", {("AZ", P)}),
        (
            HE + "אזרבייג'ן קרובה לישראל, והבית הלבן מנסה לשכנע אותה להצטרף להסכמי אברהם.",
            {("AZ", P)},
        ),
        (HE + "ארה\"ב משדלת את אזרבייג'ן לקנות יותר נשק אמריקאי.", set()),
    ],
    "en": [
        (EN + "Washington is coaxing Azerbaijan to join the Abraham Accords.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_coaxing(language, text, expected):
    assert found(text, language) == expected
