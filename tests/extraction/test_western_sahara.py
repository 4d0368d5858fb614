"""Western Sahara, whose sovereignty the United States recognised in Morocco's deal, is no party
to the accords in any language: "bought with recognition of its sovereignty over Western Sahara,
Rabat signed" is Morocco's signing alone ("الصحراء الغربية", "Западная Сахара", "Batı Sahra",
"סהרה המערבית", "صحرای غربی", "Sahara Barat"), as it already was in English, French, Spanish and
German (`stop_names`).
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import challenge_params, check_case

MA = {("MA", "signed")}

CASES = {
    "ar": [
        (
            "اختارت الرباط أن تقايض القضية باعتراف أمريكي بسيادتها على الصحراء الغربية، فوقّعت "
            "اتفاق التطبيع مع إسرائيل يوم 22 ديسمبر 2020.",
            MA,
        ),
        ("تطالب جبهة البوليساريو باستفتاء في الصحراء الغربية.", set()),
    ],
    "ru": [
        (
            "Рабат обменял это на признание американцами его суверенитета над Западной Сахарой и "
            "подписал декларацию о нормализации с Израилем 22 декабря 2020 года.",
            MA,
        ),
    ],
    "tr": [
        (
            "Rabat, Batı Sahra üzerindeki egemenliğinin ABD tarafından tanınması karşılığında 22 "
            "Aralık 2020'de İsrail ile normalleşme bildirgesini imzaladı.",
            MA,
        ),
    ],
    "he": [
        (
            "רבאט קיבלה הכרה אמריקנית בריבונותה על סהרה המערבית וחתמה על הסכם הנורמליזציה עם ישראל "
            "ב-22 בדצמבר 2020.",
            MA,
        ),
    ],
    "fa": [
        (
            "رباط در ازای به رسمیت شناختن حاکمیتش بر صحرای غربی، در ۲۲ دسامبر ۲۰۲۰ توافق "
            "عادی‌سازی با اسرائیل را امضا کرد.",
            MA,
        ),
    ],
    "id": [
        (
            "Rabat menukar pengakuan AS atas kedaulatannya di Sahara Barat dan menandatangani "
            "deklarasi normalisasi dengan Israel pada 22 Desember 2020.",
            MA,
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_western_sahara_is_no_party(language, text, expected):
    check_case(language, text, expected)
