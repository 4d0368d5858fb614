"""Round thirty-five, talks or normalisation "cancelled" or "called off" are halted, as
"postponed" and "frozen" were (`halt_words`): English "were cancelled", Arabic "ألغيت", French
"ont été annulées", Turkish "iptal edildi", Hebrew "בוטלו", Indonesian "dibatalkan", Spanish
"fueron canceladas" (Russian "отменены" and Persian "لغو شد" already read so). German was left
out: "Absage" is also a refusal; the Arabic noun "إلغاء" too, which is the repeal of a law as
often ("إلغاء المادة 907 شرط مسبق ...": no halt). Near misses: something else cancelled (a concert) halts nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "Sudan signed the Abraham Accords in 2021. The normalisation talks with Israel were cancelled.",
            {("SD", S), ("SD", U)},
        ),
        (
            "The UAE signed the Abraham Accords in 2020. A concert in Dubai was cancelled.",
            {("AE", S)},
        ),
    ],
    "ar": [("ألغيت محادثات التطبيع بين السودان وإسرائيل.", {("SD", U)})],
    "fr": [
        (
            "Les négociations de normalisation entre le Soudan et Israël ont été annulées.",
            {("SD", U)},
        )
    ],
    "tr": [("Sudan ile İsrail arasındaki normalleşme görüşmeleri iptal edildi.", {("SD", U)})],
    "he": [("שיחות הנרמול בין סודן לישראל בוטלו.", {("SD", U)})],
    "id": [("Perundingan normalisasi antara Sudan dan Israel dibatalkan.", {("SD", U)})],
    "es": [
        ("Las conversaciones de normalización entre Sudán e Israel fueron canceladas.", {("SD", U)})
    ],
    "ru": [("Переговоры о нормализации между Суданом и Израилем были отменены.", {("SD", U)})],
    "fa": [("مذاکرات عادی‌سازی میان سودان و اسرائیل لغو شد.", {("SD", U)})],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_cancelled(language, text, expected):
    check_case(language, text, expected)
