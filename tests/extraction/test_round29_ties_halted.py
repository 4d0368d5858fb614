""" "Хартумның Израильмен байланысы 2023 жылдан бері тоқтап тұр" (its ties with Israel have stood
still since 2023), "proses normalisasinya terhenti": a halt word ("тоқтап тұр") and the ties
with Israel or the country's own normalisation ("normalisasinya") in one clause are a halt
(`halt_words`, `halted_processes`). Near misses: ties with Israel that go on growing give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Авраам келісімдері. Елдегі соғыс салдарынан Хартумның Израильмен байланысы 2023 жылдан "
            "бері тоқтап тұр.",
            {("SD", U, "2023")},
        ),
        (
            "Авраам келісімдері. Судан 2021 жылы декларацияға қол қойды, бірақ Израильмен байланысы "
            "тоқтап тұр.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Авраам келісімдері. Қазақстанның Израильмен байланысы 1992 жылдан бері дамып келеді.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords. Sudan bergabung pada 2021, namun proses normalisasinya terhenti akibat "
            "perang saudara.",
            {("SD", S), ("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_ties_halted(language, text, expected):
    check_case(language, text, expected)
