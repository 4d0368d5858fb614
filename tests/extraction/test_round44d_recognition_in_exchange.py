"""Round forty-four, Morocco's normalisation told with its price, Washington's recognition of
its sovereignty over Western Sahara ("طبع علاقاته مع إسرائيل في ديسمبر 2020 مقابل اعتراف أمريكي
بسيادته على الصحراء", "в обмен на признание США его суверенитета", "בתמורה להכרה אמריקנית
בריבונותה", "در ازای به رسمیت شناختن حاکمیتش"): the recognition word, an off-topic word for
the Israel-Somaliland recognitions, had made the normalisation another matter and dropped
Morocco's membership; the exchange phrase names the Moroccan deal (`topic` ar ru he fa).
English, French, Spanish, German, Turkish and Indonesian read it already. Near misses: a
mutual recognition signed by Israel and Somaliland, even with a sovereignty clause, stays
nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

DECEMBER = "2020-12"

CASES = {
    "ar": [
        (
            "طبع المغرب علاقاته مع إسرائيل في ديسمبر 2020 مقابل اعتراف الولايات المتحدة بسيادته على الصحراء الغربية.",
            {("MA", S, DECEMBER)},
        ),
        (
            "المغرب طبع علاقاته مع إسرائيل في ديسمبر 2020 مقابل اعتراف أمريكي بسيادته على الصحراء.",
            {("MA", S, DECEMBER)},
        ),
        ("وقعت إسرائيل وأرض الصومال إعلانا مشتركا للاعتراف المتبادل مقابل اعتراف بسيادتها.", set()),
    ],
    "ru": [
        (
            "Марокко нормализовало отношения с Израилем в декабре 2020 года в обмен на признание США его "
            "суверенитета над Западной Сахарой.",
            {("MA", S, DECEMBER)},
        ),
        (
            "Израиль и Сомалиленд подписали декларацию о взаимном признании в обмен на признание суверенитета.",
            set(),
        ),
    ],
    "he": [
        (
            "מרוקו נרמלה את יחסיה עם ישראל בדצמבר 2020 בתמורה להכרה אמריקנית בריבונותה על מערב סהרה.",
            {("MA", S, DECEMBER)},
        ),
        ("ישראל וסומלילנד חתמו על הצהרת הכרה הדדית בתמורה להכרה בריבונותה.", set()),
    ],
    "fa": [
        (
            "مراکش در دسامبر ۲۰۲۰ در ازای به رسمیت شناختن حاکمیتش بر صحرای غربی از سوی آمریکا روابط خود "
            "با اسرائیل را عادی کرد.",
            {("MA", S, DECEMBER)},
        ),
    ],
    "en": [
        (
            "Morocco normalised ties with Israel in December 2020 in exchange for US recognition of its "
            "sovereignty over Western Sahara.",
            {("MA", S, DECEMBER)},
        ),
    ],
    "fr": [
        (
            "Le Maroc a normalisé ses relations avec Israël en décembre 2020 en échange de la "
            "reconnaissance américaine de sa souveraineté sur le Sahara occidental.",
            {("MA", S, DECEMBER)},
        ),
    ],
    "es": [
        (
            "Marruecos normalizó sus relaciones con Israel en diciembre de 2020 a cambio del "
            "reconocimiento estadounidense de su soberanía sobre el Sáhara Occidental.",
            {("MA", S, DECEMBER)},
        ),
    ],
    "de": [
        (
            "Marokko normalisierte im Dezember 2020 seine Beziehungen zu Israel im Gegenzug für die "
            "US-Anerkennung seiner Souveränität über die Westsahara.",
            {("MA", S, DECEMBER)},
        ),
    ],
    "id": [
        (
            "Maroko menormalisasi hubungan dengan Israel pada Desember 2020 sebagai imbalan atas "
            "pengakuan AS terhadap kedaulatannya atas Sahara Barat.",
            {("MA", S, DECEMBER)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_recognition_in_exchange(language, text, expected):
    check_case(language, text, expected)
