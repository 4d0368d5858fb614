"""A country that has not given up its condition ("has not dropped its condition", "no ha
renunciado a su condición", "n'a pas renoncé à sa condition", "hat seine Bedingung ... nicht
aufgegeben", "لم تتخل ... عن شرط", "לא ויתרה על התנאי", "از شرط ... کوتاه نیامده", "şartından
vazgeçmediğini") refuses as things stand (read before as a joining, from the purpose after it).
Dropping the condition is no refusal; a condition on something else is none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

SA = {("SA", D)}

CASES = {
    "en": [
        (
            "Saudi Arabia has not dropped its condition of a Palestinian state for joining the accords.",
            SA,
        ),
        ("Riyadh has not dropped its condition for the F-35 purchase.", set()),
        (
            "Saudi Arabia has dropped its condition of a Palestinian state for joining the accords.",
            {("SA", "announced")},
        ),
    ],
    "es": [
        (
            "La Arabia Saudita no ha renunciado a su condición de un Estado palestino para sumarse "
            "a los acuerdos de Abraham.",
            SA,
        )
    ],
    "fr": [
        (
            "L'Arabie saoudite n'a pas renoncé à sa condition d'un État palestinien pour rejoindre "
            "les accords d'Abraham.",
            SA,
        )
    ],
    "de": [
        (
            "Saudi-Arabien hat seine Bedingung eines Palästinenserstaates für einen Beitritt zu den "
            "Abraham-Abkommen nicht aufgegeben.",
            SA,
        )
    ],
    "ar": [
        ("لم تتخل السعودية عن شرط الدولة الفلسطينية للانضمام إلى اتفاقيات أبراهام.", SA),
        ("السعودية لم تتخل عن شرط الدولة الفلسطينية للانضمام إلى اتفاقيات أبراهام.", SA),
    ],
    "he": [("ערב הסעודית לא ויתרה על התנאי של מדינה פלסטינית להצטרפות להסכמי אברהם.", SA)],
    "tr": [
        (
            "Suudi Arabistan ise İbrahim Anlaşmaları için Filistin devleti şartından vazgeçmediğini "
            "açıkladı.",
            SA,
        )
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_condition_kept_is_a_refusal(language, text, expected):
    check_case(language, text, expected)
