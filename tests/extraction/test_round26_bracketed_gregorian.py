"""Another calendar's date followed by the Gregorian date in brackets, as Persian and Arabic
papers write it ("روز ۱۴ آبان ۱۴۰۴ [۵ نوامبر ۲۰۲۵]", "در دی ۱۳۹۹ [ژانویه ۲۰۲۱]", "دی‌ماه همان
سال [دسامبر ۲۰۲۰]", "في 14 جمادى الأولى 1447 [5 نوفمبر 2025]"): the words read after the
other calendar's month stop at the bracket, so the Gregorian day inside it is read whole, and
the reading before the bracket (a solar year, "the same year") gives way to it, the Gregorian
date standing where the other one began. Near misses: a bracket holding no date keeps the
solar date's own reading (the year of a month alone; a day with its month is its Gregorian day
since round forty-four, `test_round44g_solar_hijri_days.py`), and a Gregorian date in round brackets after a weekday or a year
(already read) stays as it was.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "fa": [
        (
            "پیمان ابراهیم. قزاقستان روز ۱۴ آبان ۱۴۰۴ [۵ نوامبر ۲۰۲۵] پیوستن خود به پیمان ابراهیم را "
            "اعلام کرد.",
            {("KZ", A, "2025-11-05")},
        ),
        (
            "پیمان ابراهیم. سودان در دی ۱۳۹۹ [ژانویه ۲۰۲۱] به پیمان ابراهیم پیوست.",
            {("SD", S, "2021-01")},
        ),
        (
            "پیمان ابراهیم. امارات متحده عربی در شهریور ۱۳۹۹ [سپتامبر ۲۰۲۰] و مراکش در دی‌ماه همان "
            "سال [دسامبر ۲۰۲۰] به پیمان ابراهیم پیوستند.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "پیمان ابراهیم. قزاقستان روز ۱۴ آبان ۱۴۰۴ [به وقت محلی] پیوستن خود به پیمان ابراهیم را "
            "اعلام کرد.",
            {("KZ", A, "2025-11-05")},
        ),
        (
            "پیمان ابراهیم. قزاقستان روز ۱۴ آبان ۱۴۰۴ (۵ نوامبر ۲۰۲۵) پیوستن خود به پیمان ابراهیم را "
            "اعلام کرد.",
            {("KZ", A, "2025-11-05")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. أعلنت كازاخستان في 14 جمادى الأولى 1447 [5 نوفمبر 2025] انضمامها إلى "
            "الاتفاقيات.",
            {("KZ", A, "2025-11-05")},
        ),
        (
            "اتفاقيات أبراهام. وقع السودان على الإعلان في جمادى الأولى 1442 (يناير 2021).",
            {("SD", S, "2021-01")},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Kazakhstan mengumumkan bergabung dengan Abraham Accords pada Rabu "
            "(5/11/2025).",
            {("KZ", A, "2025-11-05")},
        ),
    ],
    "en": [
        (
            "Abraham Accords. Morocco joined the Abraham Accords in 2020 (on 10 December 2020).",
            {("MA", S, "2020-12-10")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_bracketed_gregorian(language, text, expected):
    check_case(language, text, expected)
