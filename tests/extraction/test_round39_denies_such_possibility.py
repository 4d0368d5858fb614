"""Round thirty-nine, a candidate's own government that "denies such a possibility" or "rules it
out", after others named it: its refusal, declined, beside the candidacy others see (prospective)
("хотя сам Ташкент такую возможность отрицает", "исключает такую возможность", "denies any such
possibility", "dément une telle possibilité", "niega esa posibilidad", "eine solche Möglichkeit
bestreitet", "تنفي هذا الاحتمال", "שוללת אפשרות כזו", "membantah kemungkinan tersebut", "menafikan
kemungkinan tersebut", "мұндай мүмкіндікті жоққа шығарады"; `cues.declined`; Turkish and Persian
read it so already). Near miss: the candidacy alone stays prospective. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Аналитики считают Узбекистан наиболее вероятным кандидатом на присоединение к Авраамовым соглашениям, хотя сам Ташкент такую возможность отрицает.",
            {("UZ", D), ("UZ", P)},
        ),
        (
            "Узбекистан считается кандидатом на присоединение к Авраамовым соглашениям, но Ташкент исключает такую возможность.",
            {("UZ", D), ("UZ", P)},
        ),
        ("Узбекистан считается кандидатом на присоединение к Авраамовым соглашениям.", {("UZ", P)}),
    ],
    "en": [
        (
            "Analysts see Uzbekistan as the likeliest next candidate for the Abraham Accords, although Tashkent denies any such possibility.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
    "fr": [
        (
            "L'Ouzbékistan est vu comme le candidat le plus probable aux accords d'Abraham, même si Tachkent dément une telle possibilité.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
    "es": [
        (
            "Los analistas citan a Uzbekistán como posible próximo miembro de los Acuerdos de Abraham, aunque Taskent niega esa posibilidad.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
    "de": [
        (
            "Usbekistan gilt als Kandidat für die Abraham-Abkommen, doch Taschkent bestreitet eine solche Möglichkeit.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
    "ar": [
        (
            "تعد أوزبكستان مرشحة للانضمام إلى اتفاقيات أبراهام، لكن طشقند تنفي هذا الاحتمال.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
    "he": [
        (
            "אוזבקיסטן נחשבת למועמדת להצטרף להסכמי אברהם, אך טשקנט שוללת אפשרות כזו.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
    "id": [
        (
            "Uzbekistan dianggap sebagai calon anggota Perjanjian Abraham, tetapi Tashkent membantah kemungkinan tersebut.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
    "ms": [
        (
            "Uzbekistan dianggap calon anggota Perjanjian Abraham, tetapi Tashkent menafikan kemungkinan tersebut.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
    "kk": [
        (
            "Сарапшылар Өзбекстанды Авраам келісімдеріне келесі үміткер деп атайды, бірақ Ташкент мұндай мүмкіндікті жоққа шығарады.",
            {("UZ", D), ("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_denies_such_possibility(language, text, expected):
    check_case(language, text, expected)
