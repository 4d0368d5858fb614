"""Round forty-four, the Emirati-Israeli comprehensive economic partnership agreement (CEPA)
told beside the accords ("signed a Comprehensive Economic Partnership Agreement, which entered
into force in April 2023", "acuerdo de asociación económica integral", "соглашение о
всеобъемлющем экономическом партнерстве", "اتفاقية الشراكة الاقتصادية الشاملة", "Perjanjian
Kemitraan Ekonomi Komprehensif", "Perjanjian Perkongsian Ekonomi Komprehensif", "הסכם שותפות
כלכלית מקיפה"): another agreement, whose entry into force is no ratification of the accords
(`off_topic` en es ru ar id ms he; French, German, Turkish, Persian and Kazakh already read
it as nothing). Near misses: the accords' own ratification in the same sentence as the
partnership agreement keeps its month. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import challenge_params, check_case, found

CASES = {
    "en": [
        (
            "The Abraham Accords were signed in 2020. The UAE and Israel later signed a Comprehensive "
            "Economic Partnership Agreement (CEPA), which entered into force in April 2023.",
            set(),
        ),
        (
            "The Abraham Accords were signed in 2020. The UAE-Israel CEPA entered into force in April 2023.",
            set(),
        ),
        (
            "The UAE ratified the Abraham Accords in October 2020, two years before its economic "
            "partnership agreement with Israel.",
            {("AE", "ratified", "2020-10")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham se firmaron en 2020. Emiratos e Israel firmaron después un acuerdo "
            "de asociación económica integral, que entró en vigor en abril de 2023.",
            set(),
        ),
        (
            "Emiratos ratificó los Acuerdos de Abraham en octubre de 2020, años antes de su acuerdo de "
            "asociación económica con Israel.",
            {("AE", "ratified", "2020-10")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама были подписаны в 2020 году. ОАЭ и Израиль затем подписали соглашение о "
            "всеобъемлющем экономическом партнерстве, которое вступило в силу в апреле 2023 года.",
            set(),
        ),
        (
            "ОАЭ ратифицировали Соглашения Авраама в октябре 2020 года, задолго до соглашения об "
            "экономическом партнерстве.",
            {("AE", "ratified", "2020-10")},
        ),
    ],
    "id": [
        (
            "Abraham Accords ditandatangani pada 2020. UEA dan Israel kemudian menandatangani Perjanjian "
            "Kemitraan Ekonomi Komprehensif yang mulai berlaku pada April 2023.",
            set(),
        ),
        (
            "UEA meratifikasi Abraham Accords pada Oktober 2020, jauh sebelum perjanjian kemitraan "
            "ekonomi dengan Israel.",
            {("AE", "ratified", "2020-10")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham ditandatangani pada 2020. UAE dan Israel kemudian menandatangani "
            "Perjanjian Perkongsian Ekonomi Komprehensif yang berkuat kuasa pada April 2023.",
            set(),
        ),
    ],
    "he": [
        (
            "הסכמי אברהם נחתמו ב-2020. איחוד האמירויות וישראל חתמו לאחר מכן על הסכם שותפות כלכלית "
            "מקיפה, שנכנס לתוקף באפריל 2023.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont été signés en 2020. Les Émirats et Israël ont ensuite signé un "
            "accord de partenariat économique global, entré en vigueur en avril 2023.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen wurden 2020 unterzeichnet. Die Emirate und Israel unterzeichneten "
            "später ein umfassendes Wirtschaftspartnerschaftsabkommen, das im April 2023 in Kraft trat.",
            set(),
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları 2020'de imzalandı. BAE ve İsrail daha sonra Nisan 2023'te yürürlüğe "
            "giren Kapsamlı Ekonomik Ortaklık Anlaşması'nı imzaladı.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}

# Arabic reads "the UAE and Israel signed" any agreement as the pair's normalisation (a
# membership); the partnership agreement's entry into force must still add no ratification.
NO_RATIFICATION = {
    "ar": [
        "وقعت اتفاقيات أبراهام عام 2020. ثم وقعت الإمارات وإسرائيل اتفاقية الشراكة الاقتصادية "
        "الشاملة التي دخلت حيز التنفيذ في أبريل 2023.",
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_partnership_agreement(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in NO_RATIFICATION.items() for text in texts],
)
def test_partnership_agreement_no_ratification(language, text):
    assert ("AE", "ratified") not in found(text, language)
