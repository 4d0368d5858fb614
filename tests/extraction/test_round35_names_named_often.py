"""Round thirty-five, a country's name that outlets or analysts often name, in the active voice
with the name as the object, is a candidacy in a text about the accords, as the passive ("аты жиі
аталады", "adı sıkça geçiyor") was: Kazakh "Әзербайжан мен Өзбекстанның атын жиі атайды",
Indonesian "sering menyebut nama Azerbaijan", Persian "اغلب از آذربایجان نام می‌برند", Hebrew
"מזכירים לעתים קרובות את שמה של אזרבייג'ן", Arabic "تذكر الصحف كثيرا اسمي أذربيجان", Turkish "sık
sık Azerbaycan'ın adını anıyor". Only with the word for the name: Indonesian "sering menyebut
bahwa" (often says that) is speech, and a refusal said so stays a refusal; English and Russian
"often name/mention", "часто называют", which also mean "call (something) an example", were
left out. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

KZ_KK = "Қазақстан Авраам келісімдеріне қосылды. "
KZ_ID = "Kazakhstan bergabung dengan Abraham Accords. "
KZ_FA = "قزاقستان به پیمان‌های ابراهیم پیوست. "
KZ_HE = "קזחסטן הצטרפה להסכמי אברהם. "
KZ_AR = "انضمت كازاخستان إلى اتفاقيات أبراهام. "
KZ_TR = "Kazakistan Abraham Anlaşmaları'na katıldı. "
KZ_EN = "Kazakhstan joined the Abraham Accords. "

CASES = {
    "kk": [
        (
            KZ_KK
            + "Келесі кім? Америкалық басылымдар Әзербайжан мен Өзбекстанның атын жиі атайды.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
    ],
    "id": [
        (
            KZ_ID + "Media Amerika sering menyebut nama Azerbaijan dan Uzbekistan.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
        (
            KZ_ID
            + "Kemlu sering menyebut bahwa Indonesia tidak akan menormalisasi hubungan dengan Israel.",
            {("KZ", A), ("ID", D)},
        ),
    ],
    "fa": [
        (
            KZ_FA + "رسانه‌های آمریکایی اغلب از آذربایجان و ازبکستان نام می‌برند.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
    ],
    "he": [
        (
            KZ_HE + "כלי תקשורת אמריקניים מזכירים לעתים קרובות את שמה של אזרבייג'ן.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            KZ_HE + "פרשנים מעלים שוב ושוב את השמות של אזרבייג'ן ואוזבקיסטן.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
    ],
    "ar": [
        (
            KZ_AR + "وتذكر الصحف الأمريكية كثيرا اسمي أذربيجان وأوزبكستان.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
    ],
    "tr": [
        (
            KZ_TR + "Amerikan basını sık sık Azerbaycan ve Özbekistan'ın adını anıyor.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
    ],
    "en": [
        (
            KZ_EN + "Officials often cite the UAE, which signed the accords in 2020, as a model.",
            {("KZ", A), ("AE", "signed")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_names_named_often(language, text, expected):
    check_case(language, text, expected)
