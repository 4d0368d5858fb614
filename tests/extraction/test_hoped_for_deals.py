"""A deal, a peace or a normalisation with a country, said to be something it
"would be" (a breakthrough, a great event, good for the region), is a hoped-for
step: the country is prospective (own sentences, written for these tests)."""

import pytest

from tests.extraction.found import found

# "A deal between Saudi Arabia and Israel would be the biggest breakthrough":
# the country named with Israel after "between" is the one hoped for.
DEAL_BETWEEN_WOULD_BE = [
    (
        "en",
        "The Abraham Accords were signed in 2020. A deal between Saudi Arabia and Israel "
        "would be the biggest breakthrough in the region.",
    ),
    (
        "de",
        "Die Abraham-Abkommen wurden 2020 unterzeichnet. Ein Abkommen zwischen Saudi-Arabien "
        "und Israel wäre für den Nahen Osten ein historischer Schritt.",
    ),
    (
        "de",
        "Die Abraham-Abkommen wurden 2020 unterzeichnet. Eine Normalisierung zwischen Israel "
        "und Saudi-Arabien würde der ganzen Region nützen.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham se firmaron en 2020. Un acuerdo entre Arabia Saudí e Israel "
        "sería el mayor avance de la región.",
    ),
    (
        "fr",
        "Les accords d'Abraham ont été signés en 2020. Un accord entre l'Arabie saoudite et "
        "Israël serait la plus grande percée de la région.",
    ),
    (
        "ru",
        "Авраамовы соглашения были подписаны в 2020 году. Нормализация между Саудовской "
        "Аравией и Израилем стала бы крупнейшим прорывом.",
    ),
    (
        "ar",
        "وقعت اتفاقيات أبراهام في عام 2020. التطبيع بين السعودية وإسرائيل سيكون أكبر إنجاز في المنطقة.",
    ),
    ("he", "הסכמי אברהם נחתמו ב-2020. הסכם בין סעודיה לישראל יהיה פריצת הדרך הגדולה ביותר באזור."),
    (
        "fa",
        "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. عادی‌سازی روابط میان عربستان و اسرائیل گامی تاریخی "
        "برای خاورمیانه خواهد بود.",
    ),
    (
        "id",
        "Perjanjian Abraham ditandatangani pada 2020. Normalisasi antara Arab Saudi dan Israel "
        "akan menjadi terobosan terbesar di kawasan.",
    ),
    (
        "ms",
        "Perjanjian Abraham ditandatangani pada 2020. Normalisasi antara Arab Saudi dan Israel "
        "akan menjadi kejayaan terbesar di rantau ini.",
    ),
    (
        "kk",
        "Авраам келісімдері 2020 жылы қол қойылды. Сауд Арабиясы мен Израиль арасындағы келісім "
        "аймақ үшін ең үлкен жетістік болар еді.",
    ),
]


@pytest.mark.parametrize("language, text", DEAL_BETWEEN_WOULD_BE)
def test_a_deal_between_a_country_and_israel_that_would_be_good_is_prospective(language, text):
    assert found(text, language) == {("SA", "prospective")}


# "Peace with Riyadh would be a great event": the partner named in the cue is
# the one hoped for, capital or name.
PEACE_WITH_WOULD_BE = [
    (
        "en",
        "The Abraham Accords were signed in 2020. Peace with Riyadh would be a major event "
        "for the region, the president said.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham se firmaron en 2020. La paz con Arabia Saudí sería un gran "
        "acontecimiento para la región.",
    ),
    (
        "fr",
        "Les accords d'Abraham ont été signés en 2020. La paix avec l'Arabie saoudite serait un "
        "grand événement pour la région.",
    ),
    (
        "ru",
        "Авраамовы соглашения были подписаны в 2020 году. По словам министра, мир с Эр-Риядом "
        "стал бы историческим шагом.",
    ),
    ("ar", "وقعت اتفاقيات أبراهام في عام 2020. السلام مع السعودية سيكون حدثا كبيرا للمنطقة."),
    ("he", "הסכמי אברהם נחתמו ב-2020. שלום עם סעודיה יהיה אירוע גדול לאזור."),
    (
        "id",
        "Perjanjian Abraham ditandatangani pada 2020. Perdamaian dengan Arab Saudi akan menjadi "
        "peristiwa besar bagi kawasan.",
    ),
    (
        "ms",
        "Perjanjian Abraham ditandatangani pada 2020. Perdamaian dengan Arab Saudi akan menjadi "
        "peristiwa besar bagi rantau ini.",
    ),
]


@pytest.mark.parametrize("language, text", PEACE_WITH_WOULD_BE)
def test_peace_with_a_country_that_would_be_good_is_prospective(language, text):
    assert found(text, language) == {("SA", "prospective")}


# Only Israel named: the founder is no candidate, and nothing else is claimed.
FOUNDER_ONLY = [
    (
        "en",
        "The Abraham Accords were signed in 2020. Peace with Israel would be a major event for "
        "the region.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham se firmaron en 2020. La paz con Israel sería un gran "
        "acontecimiento para la región.",
    ),
    (
        "ru",
        "Авраамовы соглашения были подписаны в 2020 году. Мир с Израилем стал бы важным "
        "событием для региона.",
    ),
]


@pytest.mark.parametrize("language, text", FOUNDER_ONLY)
def test_peace_with_israel_alone_names_no_candidate(language, text):
    assert found(text, language) == set()


def test_a_deal_between_two_others_that_was_signed_stays_a_signing():
    text = (
        "The Abraham Accords were signed in 2020. Bahrain and Israel signed the normalization "
        "deal in September 2020."
    )
    assert found(text, "en") == {("BH", "signed")}
