""" "Тогда к ним присоединились ОАЭ, Бахрейн и Марокко, а в начале 2021 года - Судан", "...,
а Судан — в 2021 году", "..., im Januar 2021 – Sudan": after first signatories whose signing the
sentence tells, one more in a clause of its own set off by a dash, the verb left out, is a
member with the 2020 or 2021 date of that clause (`claims._gapped_member`). Near misses: a
dashed clause with no such date ("а Судан — в гражданской войне") adds no dated signing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама были подписаны в 2020 году. Тогда к ним присоединились ОАЭ, Бахрейн и "
            "Марокко, а в начале 2021 года - Судан.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S, "2021")},
        ),
        (
            "Соглашения Авраама были подписаны в 2020 году. Тогда к ним присоединились ОАЭ, Бахрейн и "
            "Марокко, а Судан — в январе 2021 года.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S, "2021-01")},
        ),
        (
            "Соглашения Авраама были подписаны в 2020 году. Тогда к ним присоединились ОАЭ, Бахрейн и "
            "Марокко, а Судан — в гражданской войне.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen unterzeichneten 2020 die Emirate und Bahrain, im Januar 2021 – Sudan.",
            {("AE", S), ("BH", S), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_gapping_dash(language, text, expected):
    check_case(language, text, expected)
