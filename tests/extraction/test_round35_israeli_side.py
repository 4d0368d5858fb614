"""Round thirty-five, "the Israeli side" is Israel as the counterpart ("contacts with the Israeli
side were frozen" is the other country's halt, as "with Israel" was): Arabic "الجانب الإسرائيلي",
"الطرف الإسرائيلي", English "the Israeli side", French "la partie israélienne", Russian
"израильская сторона", Turkish "İsrail tarafı", Indonesian "pihak Israel", Persian "طرف اسرائیلی",
Spanish "la parte israelí" (an alias of Israel). Arabic contacts with Israel "متوقفة" with an
adverb after ("عمليا", "تماما") are halted as "متوقفة منذ" was. Near misses: contacts with another
party halted give no claim, and a country's own halt stays its own. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

SD_AR = "وقع السودان على اتفاقات أبراهام عام 2021. "
SD_EN = "Sudan signed the Abraham Accords in 2021. "
SD_ID = "Sudan menandatangani Abraham Accords pada 2021. "

CASES = {
    "ar": [
        (
            SD_AR + "ويقول مصدر إن الاتصالات مع الجانب الإسرائيلي متوقفة عمليا منذ اندلاع القتال.",
            {("SD", S), ("SD", U)},
        ),
        (
            SD_AR + "وقال إن الاتصالات مع إسرائيل متوقفة تماما منذ الحرب.",
            {("SD", S), ("SD", U)},
        ),
        (SD_AR + "وقال إن الاتصالات مع حماس متوقفة تماما.", {("SD", S)}),
    ],
    "en": [
        (
            SD_EN + "Its contacts with the Israeli side were frozen after the war began.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "id": [
        (
            SD_ID + "Kontak dengan pihak Israel dibekukan sejak perang pecah.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "ru": [
        (
            "Судан подписал Авраамовы соглашения в 2021 году. Контакты с израильской стороной "
            "заморожены с начала войны.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham en 2021. Ses contacts avec la partie israélienne "
            "ont été gelés après le début de la guerre.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "es": [
        (
            "Sudán firmó los Acuerdos de Abraham en 2021. Sus contactos con la parte israelí quedaron "
            "congelados tras el inicio de la guerra.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "fa": [
        (
            "سودان در سال ۲۰۲۱ پیمان‌های ابراهیم را امضا کرد. تماس‌ها با طرف اسرائیلی از زمان آغاز جنگ "
            "متوقف شده است.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "tr": [
        (
            "Sudan 2021'de Abraham Anlaşmaları'nı imzaladı. Hartum, İsrail tarafıyla ilişkilerini dondurdu.",
            {("SD", S), ("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_israeli_side(language, text, expected):
    check_case(language, text, expected)
