"""Round forty, a call on nameless others told after a country's own joining or signing ("Bahrain
signed the accords in 2020, calling on other countries to join them", "appelant les autres pays à
les rejoindre", "призвав другие страны присоединиться к ним", "داعياً الدول الشقيقة إلى الانضمام
إليها"): the group right before the later joining (or right after the call's own words) is who
is asked to join; the country keeps its own step and takes no candidacy or second joining from
the call (`assignment._group_after_own_step`; Arabic "الدول الشقيقة", "الدول الصديقة" among the
`generic_subjects`).  Near misses: a country named after the call is still its candidate, and a
country whose only step before the group is a break of ties in a relative clause stays among the
candidates it is cited with.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Bahrain signed the accords in 2020, calling on other countries to join them.",
            {("BH", S)},
        ),
        (
            "Bahrain signed the Abraham Accords in 2020 and said Oman could join them next.",
            {("BH", S), ("OM", P)},
        ),
    ],
    "fr": [
        (
            "Le Maroc et le Soudan ont rejoint les accords, appelant les autres pays à les rejoindre.",
            {("MA", S), ("SD", S)},
        ),
        (
            "Il a rappelé que le Maroc et le Soudan ont rejoint les accords, appelant les pays frères à les rejoindre.",
            {("MA", S), ("SD", S)},
        ),
        (
            "Les accords d'Abraham. Nouakchott, qui avait rompu ses relations avec Israël en 2010, est citée parmi les pays susceptibles de rejoindre les accords.",
            {("MR", "withdrawn"), ("MR", P)},
        ),
    ],
    "ru": [
        (
            "Он напомнил, что Марокко и Судан присоединились к соглашениям, призвав другие страны присоединиться к ним.",
            {("MA", S), ("SD", S)},
        ),
        (
            "Бахрейн подписал соглашения в 2020 году, призвав другие страны присоединиться к ним.",
            {("BH", S)},
        ),
    ],
    "ar": [
        (
            "انضم المغرب والسودان إلى الاتفاقيات، داعياً الدول الأخرى إلى الانضمام إليها.",
            {("MA", S), ("SD", S)},
        ),
        (
            "وقعت البحرين الاتفاقيات عام 2020، داعية الدول الشقيقة إلى الانضمام إليها.",
            {("BH", S)},
        ),
        (
            "وأضاف أن المغرب والسودان انضما إلى الاتفاقيات، داعياً الدول الشقيقة والصديقة إلى الانضمام إليها.",
            {("MA", S), ("SD", S)},
        ),
    ],
    "de": [
        (
            "Bahrain unterzeichnete die Abkommen 2020 und rief andere Staaten auf, ihnen beizutreten.",
            {("BH", S)},
        ),
    ],
    "es": [
        (
            "Baréin firmó los acuerdos en 2020, llamando a otros países a sumarse a ellos.",
            {("BH", S)},
        ),
    ],
    "he": [
        (
            "בחריין חתמה על ההסכמים ב-2020, וקראה למדינות נוספות להצטרף אליהם.",
            {("BH", S)},
        ),
    ],
    "tr": [
        (
            "Bahreyn 2020'de anlaşmaları imzaladı ve diğer ülkeleri de anlaşmalara katılmaya çağırdı.",
            {("BH", S)},
        ),
    ],
    "fa": [
        (
            "بحرین در سال ۲۰۲۰ این توافق‌ها را امضا کرد و از کشورهای دیگر خواست به آن بپیوندند.",
            {("BH", S)},
        ),
    ],
    "id": [
        (
            "Bahrain menandatangani perjanjian itu pada 2020, seraya mengajak negara lain untuk bergabung.",
            {("BH", S)},
        ),
    ],
    "ms": [
        (
            "Bahrain menandatangani perjanjian itu pada 2020, sambil menyeru negara lain untuk menyertainya.",
            {("BH", S)},
        ),
    ],
    "kk": [
        (
            "Бахрейн келісімдерге 2020 жылы қол қойып, басқа елдерді оларға қосылуға шақырды.",
            {("BH", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_calls_on_others(language, text, expected):
    check_case(language, text, expected)
