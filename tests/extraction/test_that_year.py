"""A year told by reference to the year named before: "that year", "pada tahun tersebut",
"сол жылдың желтоқсанында" (that year's December), "في ذلك العام", "o yıl", "в том году", "در
آن سال" (`same_year`, read alone or before a month): the step takes the last year named before.
Near miss: with no year named before, the step stays undated.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Emiriah Arab Bersatu dan Bahrain menandatangani Perjanjian Abraham pada 2020. Maghribi dan Sudan turut menandatangani Perjanjian Abraham pada tahun tersebut.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
        (
            "Perjanjian Abraham sering dibincangkan. Maghribi dan Sudan turut menandatangani Perjanjian Abraham pada tahun tersebut.",
            {("MA", S, None), ("SD", S, None)},
        ),
    ],
    "id": [
        (
            "Uni Emirat Arab dan Bahrain menandatangani Abraham Accords pada 2020. Maroko dan Sudan ikut menandatangani Abraham Accords pada tahun tersebut.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "kk": [
        (
            "Біріккен Араб Әмірліктері мен Бахрейн 2020 жылы Авраам келісімдеріне қол қойды. Сол жылдың желтоқсанында Марокко да Авраам келісімдеріне қол қойды.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")},
        ),
    ],
    "en": [
        (
            "The UAE and Bahrain signed the Abraham Accords in 2020. Morocco and Sudan signed the Abraham Accords that year too.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "ar": [
        (
            "وقعت الإمارات والبحرين اتفاقات أبراهام في 2020. ووقع المغرب والسودان اتفاقات أبراهام في ذلك العام.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "tr": [
        (
            "BAE ve Bahreyn 2020'de İbrahim Anlaşmalarını imzaladı. Fas ve Sudan da o yıl İbrahim Anlaşmalarını imzaladı.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "ru": [
        (
            "ОАЭ и Бахрейн подписали Соглашения Авраама в 2020 году. Марокко и Судан подписали Соглашения Авраама в том году.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "fa": [
        (
            "امارات و بحرین در سال ۲۰۲۰ پیمان ابراهیم را امضا کردند. مراکش و سودان نیز در آن سال پیمان ابراهیم را امضا کردند.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_that_year(language, text, expected):
    check_case(language, text, expected)
