"""Round forty-nine, a break of ties told after the same country's freeze, with the ties as a
pronoun: the Arabic "قبل أن تجمدها عام 2009 وتقطعها نهائيا في 2010" (the conjunction glued to
the verb; "ثم تقطعها" and "قبل أن تقطعها" were read already) and an undated break after a
freeze dated before the accords ("جمدت علاقاتها مع تل أبيب عام 2009 ثم قطعتها", "froze its ties
with Israel in 2009 and later cut them altogether"): the break ends those earlier ties, so it
stays, undated, where a break by a country the text never makes a member, since the accords, is
dropped. Arabic and English (the rule on an undated break holds in every language).
Near misses: the glued verb with no ties ("القوافل وتقطعها الجبال", a road the mountains cut)
gives nothing; a freeze dated after the accords, then an undated break, keeps the freeze alone.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

W = "withdrawn"
AR = "وقعت الإمارات اتفاقيات أبراهام عام 2020. "
EN = "The UAE signed the Abraham Accords in 2020. "

CASES = {
    "ar": [
        (
            AR + "أقامت موريتانيا علاقات مع إسرائيل عام 1999 قبل أن تجمدها عام 2009 وتقطعها "
            "نهائيا في 2010.",
            {("AE", "signed"), ("MR", U, "2009"), ("MR", W, "2010")},
        ),
        (
            AR + "جمدت موريتانيا علاقاتها مع إسرائيل عام 2009 وقطعتها في العام التالي.",
            {("AE", "signed"), ("MR", U, "2009"), ("MR", W, "2010")},
        ),
        (
            AR + "وكانت موريتانيا قد جمدت علاقاتها مع تل أبيب عام 2009 ثم قطعتها.",
            {("AE", "signed"), ("MR", U, "2009"), ("MR", W, None)},
        ),
        (
            AR + "زار الوزير الموريتاني الحدود التي تعبرها القوافل وتقطعها الجبال.",
            {("AE", "signed")},
        ),
        (
            AR + "وكانت موريتانيا قد جمدت علاقاتها مع تل أبيب عام 2023 ثم قطعتها.",
            {("AE", "signed"), ("MR", U, "2023")},
        ),
    ],
    "en": [
        (
            EN + "Mauritania froze its ties with Israel in 2009 and later cut them altogether.",
            {("AE", "signed"), ("MR", U, "2009"), ("MR", W, None)},
        ),
        (
            EN + "Mauritania froze its ties with Israel in 2023 and later cut them altogether.",
            {("AE", "signed"), ("MR", U, "2023")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_break_after_freeze(language, text, expected):
    check_case(language, text, expected)
