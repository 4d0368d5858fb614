"""A state named by its formal title in Arabic official and agency copy: "جمهورية كازاخستان",
"مملكة البحرين", "جمهورية السودان", "جمهورية إندونيسيا", "جمهورية أذربيجان", "الجمهورية
الإسلامية الموريتانية" (as "المملكة المغربية" and "دولة الإمارات" already were). Right after a
joining noun ("رحبت تركيا بانضمام جمهورية كازاخستان") the titled name is who joins, not the
welcomer before it; as a subject it takes its own step and date. Near misses: a titled name
that only sends a delegation or hosts a visit takes no step, and the welcomer keeps none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, S, challenge_params, check_case

CASES = {
    "ar": [
        (
            "اتفاقيات أبراهام. رحبت تركيا بانضمام جمهورية كازاخستان إلى الاتفاقيات.",
            {("KZ", A)},
        ),
        (
            "اتفاقيات أبراهام. وقعت مملكة البحرين على الاتفاقيات في سبتمبر 2020.",
            {("BH", S, "2020-09")},
        ),
        (
            "اتفاقيات أبراهام. وقعت جمهورية السودان على إعلان الاتفاقيات في يناير 2021.",
            {("SD", S, "2021-01")},
        ),
        (
            "اتفاقيات أبراهام. أكدت جمهورية إندونيسيا أنها لن تطبع مع إسرائيل.",
            {("ID", D)},
        ),
        ("اتفاقيات أبراهام. زار وفد من جمهورية كازاخستان أبوظبي أمس لبحث التجارة.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_formal_titles(language, text, expected):
    check_case(language, text, expected)
