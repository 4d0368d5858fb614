"""Round thirty-three, a wish told as a noun with the country's genitive between the noun and
the joining ("le souhait de l'Arabie saoudite de rejoindre", "el deseo de Arabia Saudí de
sumarse", "Saudi Arabia's desire to be part of", "رغبة المملكة العربية السعودية في أن تكون
جزءاً من", "желание Саудовской Аравии присоединиться"): a wish, no joining decided. Near
misses: another's wish beside a joining told as done, a wish negated. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Le prince a réaffirmé le souhait de l'Arabie saoudite de rejoindre les accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "Le prince a réaffirmé le désir du royaume saoudien de faire partie des accords d'Abraham.",
            {("SA", P)},
        ),
        # near miss: another's wish, the joining told as done
        (
            "Malgré le souhait de Washington, l'Arabie saoudite a rejoint les accords d'Abraham.",
            {("SA", A)},
        ),
    ],
    "es": [
        (
            "El príncipe reiteró el deseo de Arabia Saudí de sumarse a los Acuerdos de Abraham.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "The prince restated Saudi Arabia's desire to be part of the Abraham Accords.",
            {("SA", P)},
        ),
    ],
    "ar": [
        (
            "أكد ولي العهد رغبة المملكة العربية السعودية في أن تكون جزءاً من اتفاقيات إبراهيم.",
            {("SA", P)},
        ),
        (
            "أكد رغبة السعودية في الانضمام إلى اتفاقيات إبراهيم.",
            {("SA", P)},
        ),
    ],
    "ru": [
        (
            "Наследный принц подтвердил желание Саудовской Аравии присоединиться к Авраамовым соглашениям.",
            {("SA", P)},
        ),
        # near misses: another's wish beside a joining; a wish negated
        (
            "Несмотря на желание Вашингтона, Казахстан присоединился к Авраамовым соглашениям.",
            {("KZ", A)},
        ),
        (
            "Саудовская Аравия не выразила желания присоединиться к Авраамовым соглашениям.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {
    "ar-2": "the joining noun after the wish noun and the country ('رغبة السعودية في الانضمام') "
    "still reads as a joining decided: as a split wish noun it also took the date away from "
    "'أبدت أرض الصومال في 27 ديسمبر 2025 رغبة في الانضمام'",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_nouns(language, text, expected):
    check_case(language, text, expected)
