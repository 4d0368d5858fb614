""" "No country has joined except Kazakhstan", "لم تنضم سوى كازاخستان", "не присоединилась ни одна
страна, кроме Казахстана": a negation followed by an exception word right before a country
(`exceptives`) names that country as the one that took the step; the negation is lifted for it.
Near misses: an exception word before a condition ("will not join except with a Palestinian
state", "إلا بعد قيام دولة فلسطينية") names no country and the refusal stands; Palestine after
the word is the condition, not a member.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "ar": [
        ("منذ عام 2021 لم تنضم سوى كازاخستان إلى اتفاقيات أبراهام.", {("KZ", A)}),
        ("لم تنضم إلى اتفاقيات أبراهام إلا كازاخستان.", {("KZ", A)}),
        (
            "فمنذ عودة ترامب إلى البيت الأبيض، لم تنضم سوى كازاخستان إلى اتفاقيات أبراهام.",
            {("KZ", A)},
        ),
        ("لن تنضم السعودية إلى اتفاقيات أبراهام إلا بعد قيام دولة فلسطينية.", {("SA", D)}),
        ("لم تنضم كازاخستان إلى اتفاقيات أبراهام.", {("KZ", D)}),
    ],
    "en": [
        ("No country has joined the Abraham Accords since 2021 except Kazakhstan.", {("KZ", A)}),
        (
            "Saudi Arabia will not join the Abraham Accords except with a Palestinian state.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            "Ningún país se ha sumado a los Acuerdos de Abraham desde 2021, salvo Kazajistán.",
            {("KZ", A)},
        ),
        (
            "Desde 2021 no se ha sumado a los Acuerdos de Abraham ningún país salvo Kazajistán.",
            {("KZ", A)},
        ),
        (
            "Arabia Saudita no se sumará a los Acuerdos de Abraham salvo que haya un Estado palestino.",
            {("SA", D)},
        ),
    ],
    "fr": [
        (
            "Aucun pays n'a rejoint les accords d'Abraham depuis 2021, à part le Kazakhstan.",
            {("KZ", A)},
        ),
        (
            "L'Arabie saoudite ne rejoindra pas les accords d'Abraham, sauf si un État palestinien voit le jour.",
            {("SA", D)},
        ),
    ],
    "ru": [
        (
            "К Соглашениям Авраама с 2021 года не присоединилась ни одна страна, кроме Казахстана.",
            {("KZ", A)},
        ),
        (
            "Саудовская Аравия не присоединится к Соглашениям Авраама, кроме как при создании палестинского государства.",
            {("SA", D)},
        ),
    ],
    "id": [
        (
            "Indonesia tidak akan bergabung dengan Abraham Accords kecuali Palestina merdeka.",
            {("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_exceptives(language, text, expected):
    check_case(language, text, expected)
