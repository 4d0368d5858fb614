"""A country that "is often named", "is regularly mentioned" in talk of who may join is a
candidate (`prospective`), with the country as the subject of the passive: "Indonesien und Oman
werden in Washington regelmäßig genannt", "son mencionados con frecuencia", "часто
упоминаются", "sık sık anılıyor", "kerap disebut di Washington", "מוזכרות לעתים קרובות",
"كثيرا ما تذكر", "اغلب ... مطرح می‌شوند", "жиі аталады". Near misses: a country "often
called" something ("sering disebut sebagai negara muslim terbesar"), named "as a model"
("werden oft als Vorbild genannt"), and the same words where the accords are not the topic give
nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

KZ = ("KZ", A)

CASES = {
    "de": [
        (
            "Kasachstan trat den Abraham-Abkommen bei. Indonesien, Oman und Mauretanien werden in "
            "Washington regelmäßig genannt.",
            {KZ, ("ID", P), ("OM", P), ("MR", P)},
        ),
        (
            "Kasachstan trat den Abraham-Abkommen bei. Oman wird immer wieder genannt.",
            {KZ, ("OM", P)},
        ),
        (
            "Kasachstan trat den Abraham-Abkommen bei. Die Emirate werden oft als Vorbild genannt.",
            {KZ},
        ),
    ],
    "es": [
        (
            "Kazajistán se sumó a los Acuerdos de Abraham. Indonesia y Omán son mencionados con "
            "frecuencia en Washington.",
            {KZ, ("ID", P), ("OM", P)},
        ),
        (
            "Kazajistán se sumó a los Acuerdos de Abraham. Mauritania suele ser citada en los pasillos.",
            {KZ, ("MR", P)},
        ),
        (
            "El tiempo en Madrid. Indonesia y Omán son mencionados con frecuencia en la guía de viajes.",
            set(),
        ),
    ],
    "ru": [
        (
            "Казахстан присоединился к Соглашениям Авраама. Индонезия и Оман часто упоминаются в "
            "Вашингтоне.",
            {KZ, ("ID", P), ("OM", P)},
        ),
        (
            "Казахстан присоединился к Соглашениям Авраама. Индонезию часто называют крупнейшей "
            "мусульманской страной.",
            {KZ},
        ),
    ],
    "kk": [
        (
            "Қазақстан Авраам келісімдеріне қосылды. Индонезия мен Оман Вашингтонда жиі аталады.",
            {KZ, ("ID", P), ("OM", P)},
        ),
    ],
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmalarına katıldı. Endonezya ve Umman Washington'da sık sık anılıyor.",
            {KZ, ("ID", P), ("OM", P)},
        ),
    ],
    "id": [
        (
            "Kazakhstan bergabung dengan Abraham Accords. Indonesia dan Oman kerap disebut di Washington.",
            {KZ, ("ID", P), ("OM", P)},
        ),
        (
            "Kazakhstan bergabung dengan Abraham Accords. Indonesia sering disebut sebagai negara muslim terbesar.",
            {KZ},
        ),
    ],
    "ms": [
        (
            "Kazakhstan menyertai Perjanjian Abraham. Oman sering disebut-sebut di Washington.",
            {KZ, ("OM", P)},
        ),
    ],
    "he": [
        (
            "קזחסטן הצטרפה להסכמי אברהם. אינדונזיה ועומאן מוזכרות לעתים קרובות בוושינגטון.",
            {KZ, ("ID", P), ("OM", P)},
        ),
    ],
    "ar": [
        (
            "انضمت كازاخستان إلى اتفاقيات أبراهام. وكثيرا ما تذكر إندونيسيا وعمان في واشنطن.",
            {("KZ", A), ("ID", P), ("OM", P)},
        ),
    ],
    "fa": [
        (
            "قزاقستان به پیمان ابراهیم پیوست. اندونزی و عمان اغلب در واشنگتن مطرح می‌شوند.",
            {KZ, ("ID", P), ("OM", P)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_country_often_named_is_a_candidate(language, text, expected):
    check_case(language, text, expected)
