"""Joiners told "in the following months" after the first signatories' date: "firmaron en
septiembre de 2020 los Emiratos y Baréin, a los que se sumaron Marruecos y Sudán en los meses
siguientes"; "in the months that followed"; "dans les mois suivants"; "in den folgenden
Monaten"; "в последующие месяцы"; "sonraki aylarda"; "في الأشهر التالية"; "در ماه‌های بعد". A
span of months, like "later" (`afterwards`), says the step came after the date named before, so
the later joiners take none of it. Near misses: the first signatories keep their date, a
joiner with a date of its own keeps it ("en diciembre de ese año"), and "hours later" stays the
same day.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham los firmaron en septiembre de 2020 los Emiratos y Baréin, a los que se "
            "sumaron Marruecos y Sudán en los meses siguientes.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Los Emiratos y Baréin firmaron los Acuerdos de Abraham en septiembre de 2020; Marruecos y "
            "Sudán se sumaron meses después.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Los Emiratos y Baréin firmaron los Acuerdos de Abraham en septiembre de 2020, y Marruecos se "
            "sumó en diciembre de ese año.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "en": [
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020, and Morocco and Sudan joined "
            "in the months that followed.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020; Morocco and Sudan joined "
            "months later.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "fr": [
        (
            "Les Emirats et Bahreïn ont signé les accords d'Abraham en septembre 2020, et le Maroc et le "
            "Soudan les ont rejoints dans les mois suivants.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Les Emirats et Bahreïn ont signé les accords d'Abraham en septembre 2020, et le Maroc et le "
            "Soudan les ont rejoints en décembre de la même année.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2020-12"),
            },
        ),
    ],
    "de": [
        (
            "Die Emirate und Bahrain unterzeichneten die Abraham-Abkommen im September 2020, Marokko und der "
            "Sudan schlossen sich in den folgenden Monaten an.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "ru": [
        (
            "ОАЭ и Бахрейн подписали Соглашения Авраама в сентябре 2020 года, а Марокко и Судан "
            "присоединились к ним в последующие месяцы.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "tr": [
        (
            "BAE ve Bahreyn İbrahim Anlaşmaları'nı Eylül 2020'de imzaladı, Fas ve Sudan ise sonraki aylarda "
            "anlaşmalara katıldı.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "ar": [
        (
            "وقعت الإمارات والبحرين اتفاقيات أبراهام في سبتمبر 2020، وانضم إليها المغرب والسودان في الأشهر "
            "التالية.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_later_months(language, text, expected):
    check_case(language, text, expected)
