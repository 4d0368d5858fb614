"""Dates told by reference to another date in the article, counted from it: "four days later",
"a month later", "quatre jours plus tard", "un mes después", "vier Tage später", "спустя
месяц", "وبعد ذلك بأربعة أيام", "ארבעה ימים לאחר מכן", "empat hari kemudian", "bundan bir ay
sonra", "араға төрт күн салып", "یک ماه بعد" (`counted_offsets`, `claims._counted_offset`):
opening or closing a sentence whose step has no date of its own, they count from the last date
named in the two sentences before (days from a day, months from a day or a month); never from
the publication. Near misses: with no date named before, the step stays undated; an offset
deep in the sentence ("four days later than planned") counts from something else.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Morocco signed the Abraham Accords on 22 December 2020. Four days later, Sudan signed the Abraham Accords.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Morocco signed the Abraham Accords in December 2020. A month later, Sudan signed the Abraham Accords.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "The Abraham Accords were discussed. Four days later, Sudan signed the Abraham Accords.",
            {("SD", S, None)},
        ),
        (
            "Morocco signed the Abraham Accords on 22 December 2020. Sudan signed the Abraham Accords four days later than planned.",
            {("MA", S, "2020-12-22"), ("SD", S, None)},
        ),
    ],
    "fr": [
        (
            "Le Maroc a signé les accords d'Abraham le 22 décembre 2020. Quatre jours plus tard, le Soudan a signé les accords d'Abraham.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Le Maroc a signé les accords d'Abraham en décembre 2020. Le Soudan a signé les accords d'Abraham un mois plus tard.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "es": [
        (
            "Marruecos firmó los Acuerdos de Abraham el 22 de diciembre de 2020. Cuatro días después, Sudán firmó los Acuerdos de Abraham.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Marruecos firmó los Acuerdos de Abraham en diciembre de 2020. Un mes después, Sudán firmó los Acuerdos de Abraham.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "de": [
        (
            "Marokko unterzeichnete die Abraham-Abkommen am 22. Dezember 2020. Vier Tage später unterzeichnete der Sudan die Abraham-Abkommen.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Marokko unterzeichnete die Abraham-Abkommen im Dezember 2020. Einen Monat später unterzeichnete der Sudan die Abraham-Abkommen.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "ru": [
        (
            "Марокко подписало Соглашения Авраама 22 декабря 2020 года. Спустя четыре дня Судан подписал Соглашения Авраама.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Марокко подписало Соглашения Авраама в декабре 2020 года. Спустя месяц Судан подписал Соглашения Авраама.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "ar": [
        (
            "وقع المغرب اتفاقات أبراهام في 22 ديسمبر 2020. وبعد ذلك بأربعة أيام وقع السودان اتفاقات أبراهام.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "وقع المغرب اتفاقات أبراهام في ديسمبر 2020. وبعد ذلك بشهر وقع السودان اتفاقات أبراهام.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "he": [
        (
            "מרוקו חתמה על הסכמי אברהם ב-22 בדצמבר 2020. ארבעה ימים לאחר מכן חתמה סודן על הסכמי אברהם.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "מרוקו חתמה על הסכמי אברהם בדצמבר 2020. חודש לאחר מכן חתמה סודן על הסכמי אברהם.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "id": [
        (
            "Maroko menandatangani Abraham Accords pada 22 Desember 2020. Empat hari kemudian, Sudan menandatangani Abraham Accords.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Maroko menandatangani Abraham Accords pada Desember 2020. Sebulan kemudian, Sudan menandatangani Abraham Accords.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "ms": [
        (
            "Maghribi menandatangani Perjanjian Abraham pada 22 Disember 2020. Empat hari kemudian, Sudan menandatangani Perjanjian Abraham.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Maghribi menandatangani Perjanjian Abraham pada Disember 2020. Sebulan kemudian, Sudan menandatangani Perjanjian Abraham.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "tr": [
        (
            "Fas 22 Aralık 2020'de İbrahim Anlaşmalarını imzaladı. Bundan dört gün sonra Sudan da İbrahim Anlaşmalarını imzaladı.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Fas Aralık 2020'de İbrahim Anlaşmalarını imzaladı. Bundan bir ay sonra Sudan da İbrahim Anlaşmalarını imzaladı.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "kk": [
        (
            "Марокко 2020 жылғы 22 желтоқсанда Авраам келісімдеріне қол қойды. Араға төрт күн салып Судан да Авраам келісімдеріне қол қойды.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "Марокко 2020 жылғы желтоқсанда Авраам келісімдеріне қол қойды. Араға бір ай салып Судан да Авраам келісімдеріне қол қойды.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "fa": [
        (
            "مراکش در ۲۲ دسامبر ۲۰۲۰ پیمان ابراهیم را امضا کرد. چهار روز بعد سودان پیمان ابراهیم را امضا کرد.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12-26")},
        ),
        (
            "مراکش در دسامبر ۲۰۲۰ پیمان ابراهیم را امضا کرد. یک ماه بعد سودان پیمان ابراهیم را امضا کرد.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_counted_offsets(language, text, expected):
    check_case(language, text, expected)


# "the same month", "le même mois", "в том же месяце", "في الشهر نفسه": an offset of no months
SAME_MONTH = {
    "en": [
        (
            "Morocco signed the Abraham Accords on 22 December 2020. Sudan signed the Abraham Accords the same month.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12")},
        ),
        (
            "The Abraham Accords were discussed. Sudan signed the Abraham Accords the same month.",
            {("SD", S, None)},
        ),
    ],
    "fr": [
        (
            "Le Maroc a signé les accords d'Abraham le 22 décembre 2020. Le même mois, le Soudan a signé les accords d'Abraham.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12")},
        ),
    ],
    "ru": [
        (
            "Марокко подписало Соглашения Авраама 22 декабря 2020 года. В том же месяце Судан подписал Соглашения Авраама.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12")},
        ),
    ],
    "ar": [
        (
            "وقع المغرب اتفاقات أبراهام في 22 ديسمبر 2020. وفي الشهر نفسه وقع السودان اتفاقات أبراهام.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12")},
        ),
    ],
    "tr": [
        (
            "Fas 22 Aralık 2020'de İbrahim Anlaşmalarını imzaladı. Aynı ay Sudan da İbrahim Anlaşmalarını imzaladı.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12")},
        ),
    ],
    "id": [
        (
            "Maroko menandatangani Abraham Accords pada 22 Desember 2020. Pada bulan yang sama, Sudan menandatangani Abraham Accords.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12")},
        ),
    ],
    "he": [
        (
            "מרוקו חתמה על הסכמי אברהם ב-22 בדצמבר 2020. באותו חודש חתמה סודן על הסכמי אברהם.",
            {("MA", S, "2020-12-22"), ("SD", S, "2020-12")},
        ),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(SAME_MONTH, {}, prefix="same-month")
)
def test_same_month(language, text, expected):
    check_case(language, text, expected)
