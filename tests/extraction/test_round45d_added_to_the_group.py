"""Round forty-five, a joining told as being added to the group of members: "سودان نیز به این جمع
اضافه شد" (Sudan too was added to this group), "قزاقستان به جمع اعضای پیمان ابراهیم اضافه شد",
"Sudan was later added to the group", "has been added to the list of signatories", "أضيفت
كازاخستان إلى قائمة الأعضاء" (new joined cues fa en ar; the Persian and Arabic "to add" still to
come stay hopes). Near misses: a country added to another list (sanctions) gives nothing, and a
wish to add a country stays prospective. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, found

CASES = {
    "fa": [
        (
            "پیمان ابراهیم در سال ۲۰۲۰ با امضای امارات و بحرین آغاز شد. مراکش چند ماه بعد روابطش "
            "را با اسرائیل از سر گرفت و سودان نیز به این جمع اضافه شد.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "پیمان ابراهیم گسترش می‌یابد. قزاقستان روز پنجشنبه به جمع اعضای پیمان ابراهیم اضافه شد.",
            {("KZ", A)},
        ),
        (
            "پیمان ابراهیم گسترش می‌یابد. ایران به فهرست تحریم‌ها اضافه شد.",
            set(),
        ),
        (
            "پیمان ابراهیم گسترش می‌یابد. واشنگتن می‌خواهد عربستان را به این جمع اضافه کند.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords were signed by the UAE and Bahrain in 2020. Morocco followed in "
            "December, and Sudan was later added to the group.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "The Abraham Accords keep growing. Kazakhstan has been added to the list of "
            "signatories.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords keep growing. Iran was added to the list of sanctioned states.",
            set(),
        ),
    ],
    "ar": [
        (
            "الاتفاقيات الإبراهيمية تتوسع. وأضيفت كازاخستان إلى قائمة الأعضاء في نوفمبر.",
            {("KZ", A)},
        ),
        (
            "الاتفاقيات الإبراهيمية تتوسع. وأضيفت إيران إلى قائمة العقوبات الأمريكية.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_added_to_the_group(language, text, expected):
    assert found(text, language) == expected
