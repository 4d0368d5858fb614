"""Economic or trade ties with Israel halted, told with a noun ("a halt to economic ties", "Stopp
der Wirtschaftsbeziehungen", "прекращении экономических связей", "ekonomik ilişkilerin
durdurulduğunu", "הקפאת הקשרים הכלכליים", "توقف روابط اقتصادی"), are frozen ties: suspended, as
"a suspension of economic ties", "l'arrêt des relations économiques" and "وقف العلاقات الاقتصادية"
already were.  English read the first as background membership.  Trade ties cut between two other
countries are none of the accords'.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

BH = {("BH", U)}

CASES = {
    "en": [
        ("Bahrain's parliament announced a halt to economic ties with Israel.", BH),
        ("The United States cut trade ties with Cuba decades ago.", set()),
    ],
    "de": [("Bahrain kündigte einen Stopp der Wirtschaftsbeziehungen mit Israel an.", BH)],
    "ru": [
        ("Бахрейн объявил о прекращении экономических связей с Израилем.", BH),
        ("Россия объявила о прекращении торговых связей с Украиной.", set()),
    ],
    "tr": [("Bahreyn, İsrail ile ekonomik ilişkilerin durdurulduğunu açıkladı.", BH)],
    "he": [("בחריין הודיעה על הקפאת הקשרים הכלכליים עם ישראל.", BH)],
    "fa": [("بحرین توقف روابط اقتصادی با اسرائیل را اعلام کرد.", BH)],
    "fr": [("Bahreïn a annoncé l'arrêt des relations économiques avec Israël.", BH)],
    "ar": [("أعلن البرلمان البحريني وقف العلاقات الاقتصادية مع إسرائيل.", BH)],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_economic_ties_halted_are_suspended(language, text, expected):
    check_case(language, text, expected)
