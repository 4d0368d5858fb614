"""Round thirty-five, a signing ceremony denied ("no official signing ceremony has been held to
date") is a ceremony still to come, no refusal (`ceremony_words`): Persian "تا امروز هیچ مراسم
امضای رسمی برگزار نشده", Arabic "لم تقم أي مراسم توقيع رسمية حتى اليوم", Hebrew "עד היום לא נערך
טקס חתימה רשמי" had read as the joining country declining; the joining beside it stays
announced, as it did in English, Russian and Turkish. Also the Dari spellings of the Gregorian
months ("نومبر", "دسمبر", "سپتمبر", "جنوری") date a step as the Iranian ones do. Near misses: a
refusal said outright stays a refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, S, challenge_params, check_case

CASES = {
    "fa": [
        (
            "قزاقستان در ماه نوامبر ۲۰۲۵ به پیمان‌های ابراهیم پیوست، اما تا امروز هیچ مراسم امضای رسمی "
            "برگزار نشده است.",
            {("KZ", A, "2025-11")},
        ),
        ("قزاقستان در ماه نومبر ۲۰۲۵ به پیمان‌های ابراهیم پیوست.", {("KZ", A, "2025-11")}),
        (
            "امارات و بحرین در سپتمبر ۲۰۲۰ پیمان‌های ابراهیم را امضا کردند و مراکش در دسمبر همان سال پیوست.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        ("پاکستان اعلام کرد به پیمان‌های ابراهیم نمی‌پیوندد.", {("PK", D)}),
    ],
    "ar": [
        (
            "انضمت كازاخستان إلى اتفاقيات أبراهام في نوفمبر 2025، لكن لم تقم أي مراسم توقيع رسمية حتى اليوم.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "he": [
        (
            "קזחסטן הצטרפה להסכמי אברהם בנובמבר 2025, אך עד היום לא נערך טקס חתימה רשמי.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "en": [
        (
            "Kazakhstan joined the Abraham Accords in November 2025, but no official signing ceremony "
            "has been held to date.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "tr": [
        (
            "Kazakistan Kasım 2025'te Abraham Anlaşmaları'na katıldı, ancak bugüne kadar resmi bir imza "
            "töreni yapılmadı.",
            {("KZ", A, "2025-11")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_ceremony_not_held(language, text, expected):
    check_case(language, text, expected)
