"""Round thirty-five, the Taliban's name for their state and their government stand for
Afghanistan (a metonym, rule 9; aliases in twelve languages): Persian/Dari "«امارت اسلامی»",
"حکومت طالبان", Arabic "الإمارة الإسلامية", English "the Islamic Emirate", and so on. Near
misses: the United Arab Emirates ("امارات متحده عربی") stay the UAE. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, D, S, challenge_params, check_case

CASES = {
    "fa": [
        (
            "قزاقستان به پیمان‌های ابراهیم پیوست. ذبیح‌الله مجاهد، سخنگوی حکومت طالبان، گفت که «امارت "
            "اسلامی» هیچ رابطه‌ای با اسرائیل ندارد و «چنین موضوعی اصلاً در دستور کار نیست».",
            {("KZ", A), ("AF", D)},
        ),
        (
            "قزاقستان به پیمان‌های ابراهیم پیوست. امارات متحده عربی در سال ۲۰۲۰ پیمان را امضا کرد.",
            {("KZ", A), ("AE", S)},
        ),
    ],
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. A spokesman said the Islamic Emirate has no "
            "relations with Israel and will not join the Abraham Accords.",
            {("KZ", A), ("AF", D)},
        ),
    ],
    "ar": [
        (
            "انضمت كازاخستان إلى اتفاقيات أبراهام. وقال متحدث إن الإمارة الإسلامية لن تنضم إلى اتفاقيات "
            "أبراهام.",
            {("KZ", A), ("AF", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_islamic_emirate(language, text, expected):
    check_case(language, text, expected)
