"""A joining told as the first one since earlier members ("the first accession since Morocco
and Sudan", "der erste Beitritt seit Marokko und dem Sudan", "la primera adhesión desde
Marruecos y Sudán", "نخستین پیوستن از زمان مراکش و سودان"): the countries after "since"
are the members before, not the subjects of the accession noun, so they are background
members (signed) and the newcomer alone joins. `partners` entries with the noun before the
preposition ("Beitritt seit", "adhesión desde", "پیوستن از زمان"), in German, Spanish and
Persian, since "seit" also opens a clause whose subject follows ("seit Marokko 2020
beitrat"); French "depuis",
Russian "после", Arabic "منذ", Hebrew "מאז", Indonesian and Malay "sejak", Turkish "bu yana"
and Kazakh "бергі" read it so before. A member with a verb of its own after "since" keeps
its own step and date. English "since" opens a clause as often as a phrase: an entry
"accession since" gave the verb of "since the UAE and Bahrain signed in 2020" to the newcomer
too, so English stays a strict xfail."""

import pytest

from tests.extraction.found import A, S, found, found_dated

FIRST_SINCE = [
    (
        "de",
        "Kasachstan tritt den Abraham-Abkommen bei, der erste Beitritt seit Marokko und dem Sudan.",
    ),
    (
        "es",
        "Kazajistán se suma a los Acuerdos de Abraham, la primera adhesión desde Marruecos y "
        "Sudán.",
    ),
    ("es", "Kazajistán se suma a los Acuerdos de Abraham, la primera desde Marruecos y Sudán."),
    ("fa", "قزاقستان به پیمان ابراهیم پیوست، نخستین پیوستن از زمان مراکش و سودان."),
    (
        "fr",
        "Le Kazakhstan rejoint les accords d'Abraham, la première adhésion depuis le Maroc et le "
        "Soudan.",
    ),
    (
        "ru",
        "Казахстан присоединился к Соглашениям Авраама — это первое присоединение после "
        "Марокко и Судана.",
    ),
    ("ar", "انضمت كازاخستان إلى اتفاقيات أبراهام، في أول انضمام منذ المغرب والسودان."),
    ("he", "קזחסטן מצטרפת להסכמי אברהם, ההצטרפות הראשונה מאז מרוקו וסודן."),
    (
        "id",
        "Kazakhstan bergabung dengan Perjanjian Abraham, aksesi pertama sejak Maroko dan Sudan.",
    ),
    (
        "ms",
        "Kazakhstan menyertai Perjanjian Abraham, penyertaan pertama sejak Maghribi dan Sudan.",
    ),
    ("tr", "Kazakistan İbrahim Anlaşmaları'na katıldı; bu, Fas ve Sudan'dan bu yana ilk katılım."),
    (
        "kk",
        "Қазақстан Авраам келісімдеріне қосылды, бұл Марокко мен Суданнан бергі алғашқы қосылу.",
    ),
]


@pytest.mark.parametrize("language,text", FIRST_SINCE)
def test_the_members_before_the_first_joining_since_are_background(language, text):
    assert found(text, language) == {("KZ", A), ("MA", S), ("SD", S)}


@pytest.mark.parametrize(
    "language,text",
    [
        ("es", "Kazajistán es el primer país desde Sudán en sumarse a los Acuerdos de Abraham."),
        ("fa", "قزاقستان نخستین کشور از زمان سودان است که به پیمان ابراهیم می‌پیوندد."),
    ],
)
def test_the_first_country_since(language, text):
    assert found(text, language) == {("KZ", A), ("SD", S)}


@pytest.mark.parametrize(
    "language,text,country,date",
    [
        # a clause after "since": the member's own verb and date
        (
            "en",
            "Kazakhstan joins the Abraham Accords, the first accession since Sudan joined in 2021.",
            "SD",
            "2021",
        ),
        ("en", "Since Morocco joined the Abraham Accords in 2020, trade has grown.", "MA", "2020"),
        ("de", "Seit Marokko 2020 den Abraham-Abkommen beitrat, wächst der Handel.", "MA", "2020"),
        (
            "es",
            "Kazajistán se suma a los Acuerdos de Abraham, la primera desde que Sudán se adhirió "
            "en 2021.",
            "SD",
            "2021",
        ),
    ],
)
def test_a_member_with_its_own_verb_after_since_keeps_its_date(language, text, country, date):
    dated = {item for item in found_dated(text, language, {country}) if item[0] == country}
    assert dated and all(item[1] == S and str(item[2]).startswith(date) for item in dated)


@pytest.mark.xfail(
    strict=True,
    reason="English 'since' opens a clause as often: 'accession since' gave the members' verb "
    "after it ('since the UAE and Bahrain signed in 2020') to the newcomer too",
)
def test_english_first_accession_since():
    text = "Kazakhstan joins the Abraham Accords, the first accession since Morocco and Sudan."
    assert found(text, "en") == {("KZ", A), ("MA", S), ("SD", S)}
