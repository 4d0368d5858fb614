"""Signings that belong to something else.

A charter signed in the cue's clause ("устав «Совета мира» ... подписал в Давосе") outweighs the
accords or normalisation named past a clause-break word ("..., а с нормализацией это не
связано"): the signing is the charter's. A signing participle dated right after it before the
accords began ("معاهدة السلام ... الموقعة عام 1994", "the peace treaty signed in 1994") names an
older treaty and gives no step. Near misses: a signing of the accords themselves before such a
clause, or dated 2020, still counts.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Он подчеркнул, что устав «Совета мира» премьер-министр Пакистана подписал в Давосе, а с "
            "нормализацией отношений с Израилем это не связано.",
            set(),
        ),
        (
            "Марокко подписало декларацию о нормализации отношений с Израилем в декабре 2020 года, а "
            "устав «Совета мира» – в январе.",
            {("MA", S, "2020-12")},
        ),
    ],
    "ar": [
        (
            "جددت المملكة العربية السعودية أمس تمسكها بشرط قيام الدولة الفلسطينية قبل أي تطبيع مع "
            "إسرائيل، فيما شددت مصادر أردنية على أن معاهدة السلام الأردنية الإسرائيلية الموقعة عام "
            '1994 "لا صلة لها" باتفاقيات أبراهام.',
            set(),
        ),
        (
            "الإمارات والبحرين هما أول الدول الموقعة عام 2020 على اتفاقيات أبراهام.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "en": [
        (
            "Jordanian officials said the peace treaty signed in 1994 has nothing to do with the "
            "Abraham Accords.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_signing_other_clauses(language, text, expected):
    check_case(language, text, expected)
