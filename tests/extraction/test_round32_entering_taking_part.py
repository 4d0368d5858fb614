""" "қатысуға ниетті", "кіру ниеті жоқ", "kesediaannya masuk Abraham Accords", "tidak berniat
masuk", "berniat ikut serta", "tidak berhasrat untuk masuk", "menyertainya bulan lalu": entering
or taking part in the accords is joining them, with the intention words that joining takes (an
intention to take part is interest, none a refusal, a declared readiness to enter a decision),
and Malay and Indonesian "-nya" after the joining verb with a time after it is the accords named
before; "bergabungnya" fused to "pasca-" (after) is the joining as well. Near misses: entering a list, getting ready to enter another body, and "menyertainya"
(accompanied him) with no time after it give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Мұхаммед бин Салман Сауд Арабиясы Авраам келісімдеріне қатысуға ниетті екенін айтты.",
            {("SA", P)},
        ),
        (
            "Пәкістан СІМ өкілі елінің Авраам келісімдеріне кіру ниеті жоқ екенін мәлімдеді.",
            {("PK", D)},
        ),
        ("Әзірбайжан Авраам келісімдеріне кіруге дайын.", {("AZ", P)}),
        ("Индонезия Авраам келісімдеріне қатысуға ниетті емес.", {("ID", D)}),
        ("Қазақстан Бейбітшілік кеңесіне кіруге дайын.", set()),
    ],
    "id": [
        (
            "Kazakhstan menyatakan kesediaannya masuk Abraham Accords pada awal November 2025.",
            {("KZ", A, "2025-11")},
        ),
        ("Pakistan tidak berniat masuk Abraham Accords.", {("PK", D)}),
        ("Arab Saudi berniat ikut serta dalam Abraham Accords.", {("SA", P)}),
        (
            "Abraham Accords diteken pada 2020. Kazakhstan bergabung dengannya pada November.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Abraham Accords dibahas di Jakarta. Pakistan masuk daftar negara penerima bantuan.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham dimeterai pada 2020. Kazakhstan pula menyertainya bulan lalu, "
            "walaupun majlis menandatangani dokumen belum diadakan.",
            {("KZ", A, "2025-10")},
        ),
        ("Pakistan tidak berhasrat untuk masuk ke dalam Perjanjian Abraham.", {("PK", D)}),
        (
            "Perjanjian Abraham dibincangkan di Riyadh. Perdana Menteri Malaysia menyertainya dalam "
            "lawatan itu.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round32_entering_taking_part(language, text, expected):
    check_case(language, text, expected)
