"""Round forty-three, an interest in joining with a need "to ensure a clear path to a Palestinian
state" after "but" ("אנחנו רוצים להיות חלק מהסכמי אברהם, אבל אנחנו צריכים גם להבטיח דרך ברורה
למדינה פלסטינית", "Filistin devletine giden net bir yolu da güvence altına almak zorunda", "perlu
memastikan laluan yang jelas ke arah negara Palestin"): the country's own condition, a refusal
beside the interest (`cues.declined`, he ms; Turkish as a `restrictions` entry after the joining,
since a bare "iki devletli çözüme giden yolun güvence altına alınması" is a stance, not a refusal;
the entry needs the ensuring verb, so a path insisted on as a condition, "Filistin devletine
giden ... yol şartında ısrar ediyor", stays the refusal its condition word tells;
English, French, Spanish, Russian, Indonesian and Persian read it already, and have cases here).
Near misses: the United States wanting such a path refuses nothing, nor does a country ensuring
something else. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

_SA = {("SA", P), ("SA", D)}

CASES = {
    "he": [
        (
            'בן סלמאן בחדר הסגלגל: "אנחנו רוצים להיות חלק מהסכמי אברהם, אבל אנחנו צריכים גם'
            ' להבטיח דרך ברורה למדינה פלסטינית."',
            _SA,
        ),
        (
            "סעודיה רוצה להיות חלק מהסכמי אברהם, אבל היא צריכה להבטיח דרך ברורה למדינה פלסטינית.",
            _SA,
        ),
        ("הסכמי אברהם. סעודיה מבקשת להבטיח את המשך הסחר עם ישראל.", set()),
        ('הסכמי אברהם. ארה"ב רוצה להבטיח דרך ברורה למדינה פלסטינית.', set()),
    ],
    "tr": [
        (
            "Suudi Arabistan İbrahim Anlaşmalarının bir parçası olmak istiyor, ancak Filistin"
            " devletine giden net bir yolu da güvence altına almak zorunda.",
            _SA,
        ),
        (
            "İbrahim Anlaşmaları. ABD, Filistin devletine giden yolu güvence altına almak istiyor.",
            set(),
        ),
        (
            "İbrahim Anlaşmaları. Suudi Arabistan, Filistin devletine giden güvenilir bir yol"
            " şartında ısrar ediyor.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları. Türkiye, Filistin devletine giden yolun güvence altına alınması"
            " gerektiğini söyledi.",
            set(),
        ),
    ],
    "ms": [
        (
            "Arab Saudi mahu menjadi sebahagian daripada Perjanjian Abraham, tetapi perlu memastikan"
            " laluan yang jelas ke arah negara Palestin.",
            _SA,
        ),
        (
            "Perjanjian Abraham. Amerika Syarikat mahu memastikan laluan yang jelas ke arah negara"
            " Palestin.",
            set(),
        ),
    ],
    "en": [
        (
            "Saudi Arabia wants to be part of the Abraham Accords, but it also needs to ensure a"
            " clear path to a Palestinian state.",
            _SA,
        ),
    ],
    "fr": [
        (
            "L'Arabie saoudite veut faire partie des accords d'Abraham, mais elle doit aussi"
            " s'assurer d'une voie claire vers un État palestinien.",
            _SA,
        ),
    ],
    "id": [
        (
            "Arab Saudi ingin menjadi bagian dari Abraham Accords, tetapi juga perlu memastikan"
            " jalan yang jelas menuju negara Palestina.",
            _SA,
        ),
    ],
    "fa": [
        (
            "عربستان می‌خواهد بخشی از توافق ابراهیم باشد، اما باید مسیر روشنی به سوی کشور فلسطینی"
            " را نیز تضمین کند.",
            _SA,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_ensure_path_to_state(language, text, expected):
    check_case(language, text, expected)
