"""A date between an announcing verb and what was announced: "The White House announced on 10
December 2020 that Morocco would normalise relations with Israel" is Morocco's announcement,
dated, as the same sentence without the date is.  English read the date as breaking the
announcement ("announced that ~ would ...") and gave a candidacy from "would normalise"; it now
reads "announced on" / "announced in" / "declared on" ... "would (join|sign|normalise|establish
... relations)" as one announcement.  The other languages already read it: "a annoncé le 10
décembre 2020 que le Maroc allait normaliser", "anunció el 10 de diciembre de 2020 que
Marruecos normalizaría", "gab am 10. Dezember 2020 bekannt, dass Marokko ... normalisieren
werde", "объявил 10 декабря 2020 года, что Марокко нормализует", "أعلن ... في 10 ديسمبر 2020
أن المغرب سيطبع", "10 Aralık 2020'de Fas'ın ... normalleştireceğini açıkladı", "mengumumkan
pada 10 Desember 2020 bahwa Maroko akan menormalisasi", "mengumumkan pada 10 Disember 2020
bahawa Maghribi akan menormalkan", "הודיע ב-10 בדצמבר 2020 כי מרוקו תנרמל", "در ۱۰ دسامبر
۲۰۲۰ اعلام کرد که مراکش ... عادی می‌کند", "6 қарашада ... қосылатынын жариялады" (kept here so
that they stay so).  Near misses: the announcement denied ("announced on Monday that it would
not join") gives no joining; a "would join" with no announcing verb stays a candidacy."""

import pytest

from tests.extraction.found import A, P, found, found_dated

DAY = "2020-12-10"

ANNOUNCED = [
    (
        "en",
        "The White House announced on 10 December 2020 that Morocco would normalise relations "
        "with Israel.",
    ),
    (
        "en",
        "The White House announced on December 10, 2020, that Morocco would establish full "
        "diplomatic relations with Israel.",
    ),
    (
        "en",
        "The White House announced on 10 December 2020 that Morocco would join the Abraham "
        "Accords.",
    ),
    (
        "fr",
        "La Maison Blanche a annoncé le 10 décembre 2020 que le Maroc allait normaliser ses "
        "relations avec Israël.",
    ),
    (
        "es",
        "La Casa Blanca anunció el 10 de diciembre de 2020 que Marruecos normalizaría sus "
        "relaciones con Israel.",
    ),
    (
        "de",
        "Das Weiße Haus gab am 10. Dezember 2020 bekannt, dass Marokko seine Beziehungen zu "
        "Israel normalisieren werde.",
    ),
    (
        "ru",
        "Белый дом объявил 10 декабря 2020 года, что Марокко нормализует отношения с Израилем.",
    ),
    ("ar", "أعلن البيت الأبيض في 10 ديسمبر 2020 أن المغرب سيطبع علاقاته مع إسرائيل."),
    (
        "tr",
        "Beyaz Saray 10 Aralık 2020'de Fas'ın İsrail ile ilişkilerini normalleştireceğini "
        "açıkladı.",
    ),
    (
        "id",
        "Gedung Putih mengumumkan pada 10 Desember 2020 bahwa Maroko akan menormalisasi "
        "hubungan dengan Israel.",
    ),
    (
        "ms",
        "Rumah Putih mengumumkan pada 10 Disember 2020 bahawa Maghribi akan menormalkan "
        "hubungan dengan Israel.",
    ),
    ("he", "הבית הלבן הודיע ב-10 בדצמבר 2020 כי מרוקו תנרמל את יחסיה עם ישראל."),
    (
        "fa",
        "کاخ سفید در ۱۰ دسامبر ۲۰۲۰ اعلام کرد که مراکش روابط خود را با اسرائیل عادی می‌کند.",
    ),
]


@pytest.mark.parametrize("language,text", ANNOUNCED)
def test_a_dated_announcement_is_the_announcement(language, text):
    assert found_dated(text, language, {"MA"}) == {("MA", A, DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Trump announced in December 2020 that Morocco would normalise relations with Israel.",
        "Morocco announced on 10 December 2020 that it would normalise relations with Israel.",
        "The White House announced that Morocco would normalise relations with Israel.",
    ],
)
def test_english_forms_around_it(text):
    assert found(text, "en") == {("MA", A)}


def test_kazakh_dated_announcement():
    text = "Трамп 2025 жылғы 6 қарашада Қазақстан Авраам келісімдеріне қосылатынын жариялады."
    assert found(text, "kk") == {("KZ", A)}


@pytest.mark.parametrize(
    "text",
    [
        # denied: no joining
        "Oman announced on Monday that it would not join the Abraham Accords.",
    ],
)
def test_a_denied_announcement_gives_no_joining(text):
    assert not {status for _, status in found(text, "en")} & {A, P}


def test_would_without_an_announcement_stays_a_candidacy():
    text = "Analysts in Rabat think that Oman would join the Abraham Accords in time."
    assert found(text, "en") == {("OM", P)}
