"""A condition set or added ("He added a condition: a clear path to a two-state solution", "a posé
une condition", "puso una condición", "stellte eine Bedingung", "выдвинула условие", "وضعت شرطاً",
"bir şart koştu", "шарт қойды") after a wish to join is a refusal as things stand, beside the
interest: "we want to be part, but only if ...".  Said in a sentence that is not about the accords
(a condition for buying jets) or negated ("set no condition") it is none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

BOTH = {("SA", D), ("SA", P)}

CASES = {
    "en": [
        (
            "Saudi Arabia wants to join the Abraham Accords. He added a condition: a clear path to "
            "a two-state solution first.",
            BOTH,
        ),
        (
            "Crown Prince Mohammed bin Salman said the kingdom wants to be part of the accords, and "
            "in the same breath set a condition: a clear path to a two-state solution.",
            BOTH,
        ),
        ("Riyadh set a condition for the F-35 purchase.", set()),
        ("Saudi Arabia wants to join the Abraham Accords; it set no condition.", {("SA", P)}),
    ],
    "fr": [
        (
            "L'Arabie saoudite veut rejoindre les accords d'Abraham. Elle a posé une condition : une "
            "voie vers un État palestinien.",
            BOTH,
        ),
        ("Riyad a posé une condition à l'achat des F-35.", set()),
    ],
    "es": [
        (
            "Arabia Saudí quiere unirse a los Acuerdos de Abraham. Riad puso una condición: un "
            "camino hacia un Estado palestino.",
            BOTH,
        ),
    ],
    "de": [
        (
            "Saudi-Arabien will den Abraham-Abkommen beitreten. Riad stellte eine Bedingung: einen "
            "Weg zu einem palästinensischen Staat.",
            BOTH,
        ),
    ],
    "ru": [
        (
            "Саудовская Аравия хочет присоединиться к Авраамовым соглашениям. Она выдвинула условие: "
            "путь к палестинскому государству.",
            BOTH,
        ),
    ],
    "ar": [
        (
            "تريد السعودية الانضمام إلى اتفاقيات أبراهام. والرياض وضعت شرطاً: مسار نحو دولة فلسطينية.",
            BOTH,
        ),
    ],
    "tr": [
        (
            "Suudi Arabistan İbrahim Anlaşmalarına katılmak istiyor. Riyad bir şart koştu: Filistin "
            "devletine giden bir yol.",
            BOTH,
        ),
    ],
    "kk": [
        (
            "Сауд Арабиясы Авраам келісімдеріне қосылғысы келеді. Ол шарт қойды: Палестина "
            "мемлекетіне жол.",
            BOTH,
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_condition_set_is_a_refusal_beside_the_interest(language, text, expected):
    check_case(language, text, expected)
