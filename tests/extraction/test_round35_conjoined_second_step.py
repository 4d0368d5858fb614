"""Round thirty-five (a pass over the golden set's known misses): two steps of one country
joined by "and", each with its year after it ("froze its relations with Israel in 2009 and cut
them in 2010", "הקפיאה אותם ב-2009 וניתקה אותם ב-2010", "جمدت ... عام 2009 وقطعت علاقاتها ...
عام 2010"). The first year belongs to the first step: a date, then "and" and the next verb,
ends the step before it, but a cue that holds its own "and" ("and cut them") or a verb with the
conjunction glued to it (Hebrew and Arabic "ו", "و") left only white space in the gap, so the
second step took the first year and the first none (`confidence._ConjoinedGaps`). Hebrew ties
frozen or cut told with the object pronoun ("הקפיאה אותם", "ניתקה אותם") are halts and exits, as
English "froze them" and "cut them" are (`cues`). Near misses: a year after "and" and before
the next verb is that verb's ("signed in 2020 and in 2023 recalled its ambassador"). Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

W = "withdrawn"

CASES = {
    "en": [
        (
            "Mauritania froze its relations with Israel in 2009 and cut them in 2010.",
            {("MR", U, "2009"), ("MR", W, "2010")},
        ),
        (
            "Bahrain signed the Abraham Accords in 2020 and in 2023 recalled its ambassador from "
            "Israel.",
            {("BH", S, "2020"), ("BH", U, "2023")},
        ),
    ],
    "he": [
        (
            "מאוריטניה הקפיאה את היחסים עם ישראל ב-2009 וניתקה אותם ב-2010.",
            {("MR", U, "2009"), ("MR", W, "2010")},
        ),
        (
            "מאוריטניה קיימה יחסים עם ישראל עד שהקפיאה אותם ב-2009 וניתקה אותם סופית ב-2010.",
            {("MR", U, "2009"), ("MR", W, "2010")},
        ),
    ],
    "ar": [
        (
            "جمدت موريتانيا علاقاتها مع إسرائيل عام 2009 وقطعت علاقاتها معها عام 2010.",
            {("MR", U, "2009"), ("MR", W, "2010")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_conjoined_second_step(language, text, expected):
    check_case(language, text, expected)
