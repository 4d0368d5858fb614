"""Dates told before each country of a list of steps: "in December 2020 Morocco and in January
2021 Sudan joined", "im Dezember 2020 Marokko, im Januar 2021 der Sudan", "Aralık 2020'de Fas,
Ocak 2021'de ise Sudan katıldı": each country takes the date right before it (a particle, an
article or a suffix at most between, no comma or list conjunction), where two or more countries
of the sentence have one (`assignment._date_right_before`, `confidence._pre_dates`); a dated
list with no verb whose date after it is the next country's takes the one before it
(`assignment._gap_date`). A date before a continuation's marker ("..., followed by") is the
step's told before it, and a relative clause right after the follower with no comma ("تلتها
جمهورية السودان التي وقعت ... في 6 يناير 2021") tells the follower's own step. Near misses: a
date after each country ("Morocco in December 2020 and Sudan in January 2021") and a single
opening date keep their readings.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "In December 2020 Morocco and in January 2021 Sudan joined the Abraham Accords.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020; in December 2020 "
            "Morocco and in January 2021 Sudan joined.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
        # near misses: the date after each country, a single opening date
        (
            "Morocco joined the Abraham Accords in December 2020 and Sudan in January 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "In December 2020 Morocco joined the Abraham Accords.",
            {("MA", S, "2020-12")},
        ),
    ],
    "de": [
        (
            "Im Dezember 2020 trat Marokko, im Januar 2021 der Sudan den Abraham-Abkommen bei.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Den Abraham-Abkommen schlossen sich im Dezember 2020 Marokko und im Januar 2021 der "
            "Sudan an.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "tr": [
        (
            "Aralık 2020'de Fas, Ocak 2021'de ise Sudan İbrahim Anlaşmalarına katıldı.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "İbrahim Anlaşmaları 2020 yılında imzalandı. Aynı yılın aralık ayında Fas, 2021'in "
            "ocak ayında ise Sudan sürece dahil olmuştu.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "fr": [
        (
            "En décembre 2020 le Maroc, en janvier 2021 le Soudan ont rejoint les accords "
            "d'Abraham.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "es": [
        (
            "En diciembre de 2020 Marruecos y en enero de 2021 Sudán se sumaron a los Acuerdos de "
            "Abraham.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "ru": [
        (
            "В декабре 2020 года Марокко, а в январе 2021 года Судан присоединились к Авраамовым "
            "соглашениям.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "ar": [
        (
            "انضم المغرب إلى اتفاقيات أبراهام في 22 ديسمبر 2020، تلتها السودان التي وقعت على "
            "إعلان الاتفاقيات في 6 يناير 2021.",
            {("MA", S, "2020-12-22"), ("SD", S, "2021-01-06")},
        ),
    ],
    "fa": [
        (
            "در دسامبر ۲۰۲۰ مراکش و در ژانویه ۲۰۲۱ سودان به توافق ابراهیم پیوستند.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "he": [
        (
            "בדצמבר 2020 מרוקו ובינואר 2021 סודאן הצטרפו להסכמי אברהם.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "id": [
        (
            "Pada Desember 2020 Maroko dan pada Januari 2021 Sudan bergabung dengan Abraham Accords.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "ms": [
        (
            "Pada Disember 2020 Maghribi dan pada Januari 2021 Sudan menyertai Perjanjian Abraham.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "kk": [
        (
            "2020 жылғы желтоқсанда Марокко, 2021 жылғы қаңтарда Судан Авраам келісімдеріне "
            "қосылды.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_dates_before_each(language, text, expected):
    check_case(language, text, expected)
