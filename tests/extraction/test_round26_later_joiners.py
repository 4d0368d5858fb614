"""Joiners told "later" after the first signatories' date ("the accords were born in September
2020 with the UAE and Bahrain, and Morocco and Sudan later joined"; "و مراکش و سودان نیز بعدا
به آن پیوستند", "کمی بعد", "و پس از آن مراکش و سودان ..."; "والمغرب والسودان انضما إليها لاحقا";
"plus tard", "más tarde", "später", "позже", "sonradan", "кейінірек", "מאוחר יותר",
"belakangan", "kemudiannya"): a step with a `afterwards` word in its clause, or a member list
with one right beside it, came after the dates named before that word and takes none of them;
in Persian the list right after an earlier step's noun ("با امضای امارات و بحرین") owns that
noun, and the list after it is the later verb's subject. Near misses keep their dates: "later
that year" (the same year as the date before), "hours later" (`afterwards_units`: the same day),
"signed in 2020 by the UAE and Bahrain and later by Morocco" (the word leads the next list, the
list before it keeps the date), and a date named after the word ("joined later, in December
2020").
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

_FIRST = {("AE", S, "2020-09"), ("BH", S, "2020-09")}
_LATER = {("MA", S, None), ("SD", S, None)}

CASES = {
    "fa": [
        (
            "پیمان ابراهیم. این پیمان در سال ۲۰۲۰ با امضای امارات متحده عربی و بحرین شکل گرفت و "
            "مراکش و سودان بعدا به آن پیوستند.",
            {("AE", S, "2020"), ("BH", S, "2020")} | _LATER,
        ),
        (
            "پیمان ابراهیم. امارات متحده عربی و بحرین در سپتامبر ۲۰۲۰ این پیمان را امضا کردند و پس از "
            "آن مراکش و سودان هم به آن ملحق شدند.",
            _FIRST | _LATER,
        ),
        (
            "پیمان ابراهیم. پیمان ابراهیم در سپتامبر ۲۰۲۰ با امضای امارات متحده عربی و بحرین در "
            "واشنگتن آغاز شد و مراکش و سودان کمی بعد به آن پیوستند.",
            _FIRST | _LATER,
        ),
        (
            "پیمان ابراهیم. امارات متحده عربی و بحرین در سپتامبر ۲۰۲۰ این پیمان را امضا کردند و مراکش "
            "و سودان نیز در همان سال به آن پیوستند.",
            _FIRST | {("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. وقعت الإمارات والبحرين الاتفاقيات في سبتمبر 2020، والمغرب والسودان "
            "انضما إليها لاحقا.",
            _FIRST | _LATER,
        ),
        (
            "اتفاقيات أبراهام. انطلقت الاتفاقيات في سبتمبر 2020 مع الإمارات والبحرين، والمغرب "
            "والسودان انضما إليها لاحقا.",
            _FIRST | _LATER,
        ),
        (
            "اتفاقيات أبراهام. وقعت الإمارات والبحرين الاتفاقيات في سبتمبر 2020، وانضم إليها المغرب "
            "لاحقا في ديسمبر 2020.",
            _FIRST | {("MA", S, "2020-12")},
        ),
    ],
    "en": [
        (
            "Abraham Accords. The accords were born in September 2020 with the UAE and Bahrain, and "
            "Morocco and Sudan later joined.",
            _FIRST | _LATER,
        ),
        (
            "Abraham Accords. The accords were born in September 2020 with the UAE and Bahrain, and "
            "Morocco and Sudan joined them hours later.",
            _FIRST | {("MA", S, "2020-09"), ("SD", S, "2020-09")},
        ),
        (
            "Abraham Accords. The accords were signed in 2020 by the UAE and Bahrain and later by "
            "Morocco and Sudan.",
            {("AE", S, "2020"), ("BH", S, "2020")} | _LATER,
        ),
        (
            "Abraham Accords. The UAE and Bahrain signed the accords in September 2020, and Morocco "
            "joined later that year.",
            _FIRST | {("MA", S, "2020")},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. En septembre 2020, les Emirats et Bahreïn ont signé les accords, et le "
            "Maroc et le Soudan les ont rejoints plus tard.",
            _FIRST | _LATER,
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. En septiembre de 2020, Emiratos y Baréin firmaron los acuerdos, y "
            "Marruecos y Sudán se sumaron más tarde.",
            _FIRST | _LATER,
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Im September 2020 unterzeichneten die Emirate und Bahrain die Abkommen, "
            "Marokko und der Sudan kamen später hinzu.",
            _FIRST | _LATER,
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Соглашения появились в сентябре 2020 года с ОАЭ и Бахрейном, а "
            "Марокко и Судан позже присоединились к ним.",
            _FIRST | _LATER,
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Anlaşmalar Eylül 2020'de BAE ve Bahreyn ile başladı, Fas ve Sudan "
            "sonradan katıldı.",
            _FIRST | _LATER,
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Келісімдер 2020 жылғы қыркүйекте БАӘ мен Бахрейннен басталды, Марокко "
            "мен Судан кейінірек қосылды.",
            _FIRST | _LATER,
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. ההסכמים נולדו בספטמבר 2020 עם איחוד האמירויות ובחריין, ומרוקו וסודן הצטרפו "
            "מאוחר יותר.",
            _FIRST | _LATER,
        ),
    ],
    "id": [
        (
            "Abraham Accords. Perjanjian itu lahir pada September 2020 dengan UEA dan Bahrain, lalu "
            "Maroko dan Sudan belakangan bergabung.",
            _FIRST | _LATER,
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Perjanjian itu bermula pada September 2020 dengan UAE dan Bahrain, dan "
            "Maghribi serta Sudan kemudiannya turut menyertai.",
            _FIRST | _LATER,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_later_joiners(language, text, expected):
    check_case(language, text, expected)
