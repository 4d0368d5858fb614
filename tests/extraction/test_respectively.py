"""Dates told after a list and closed by "respectively" ("على التوالي", "sırasıyla", "בהתאמה",
"соответственно", "respectivement", "respectivamente", "به ترتیب") go to the list's countries in
order, one each: "Morocco and Sudan joined in December 2020 and January 2021 respectively" dates
Morocco December 2020 and Sudan January 2021, as a step and as background members.  With fewer
dates than countries ("in December 2020, respectively") the list shares its date as before.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import found_dated

MA_SD = {("MA", "signed", "2020-12"), ("SD", "signed", "2021-01")}
MA_SD_YEARS = {("MA", "signed", "2020"), ("SD", "signed", "2021")}

CASES = [
    (
        "en",
        "Morocco and Sudan joined the Abraham Accords in December 2020 and January 2021 "
        "respectively.",
        MA_SD,
    ),
    (
        "en",
        "The accords were joined by Morocco and Sudan in late 2020 and early 2021 respectively.",
        MA_SD_YEARS,
    ),
    (
        "fr",
        "Le Maroc et le Soudan ont rejoint les accords d'Abraham en décembre 2020 et janvier 2021 "
        "respectivement.",
        MA_SD,
    ),
    (
        "es",
        "Marruecos y Sudán se sumaron a los Acuerdos de Abraham en diciembre de 2020 y enero de "
        "2021, respectivamente.",
        MA_SD,
    ),
    (
        "ru",
        "Марокко и Судан присоединились к Авраамовым соглашениям в декабре 2020 и январе 2021 года "
        "соответственно.",
        MA_SD,
    ),
    (
        "tr",
        "Fas ve Sudan İbrahim Anlaşmalarına sırasıyla Aralık 2020 ve Ocak 2021'de katıldı.",
        MA_SD,
    ),
    ("he", "מרוקו וסודן הצטרפו להסכמי אברהם בדצמבר 2020 ובינואר 2021 בהתאמה.", MA_SD),
    (
        "ar",
        "وتضم اتفاقيات أبراهام أيضا المغرب والسودان اللذين التحقا بها في أواخر 2020 ومطلع 2021 على "
        "التوالي.",
        MA_SD_YEARS,
    ),
    # near misses: one date for two countries is shared; no "respectively", no split
    (
        "en",
        "Morocco and Sudan joined the Abraham Accords in December 2020, respectively.",
        {("MA", "signed", "2020-12"), ("SD", "signed", "2020-12")},
    ),
    (
        "en",
        "Morocco and Sudan joined the Abraham Accords between December 2020 and January 2021.",
        {("MA", "signed", "2020-12"), ("SD", "signed", "2020-12")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_respectively_gives_each_country_its_date(language, text, expected):
    assert found_dated(text, language, ("MA", "SD")) == expected


def test_an_arabic_month_after_and_keeps_its_month():
    """ "في ديسمبر 2020 ويناير 2021": "و" written onto the second month (`month_conjunctions`)
    leaves it a month, so each country of the list takes its own month; a verb spelled like a
    month after "و" ("ومارس", and exerted) with no year after it is no date."""
    text = "انضم المغرب والسودان إلى اتفاقيات أبراهام في ديسمبر 2020 ويناير 2021 على التوالي."
    assert found_dated(text, "ar", ("MA", "SD")) == MA_SD
    text = "انضم المغرب إلى اتفاقيات أبراهام في ديسمبر 2020 ومارس المغرب ضغوطا على البوليساريو."
    assert found_dated(text, "ar", ("MA",)) == {("MA", "signed", "2020-12")}
