""" "intends to take part in the Abraham Accords", "has no intention of taking part in the
accords", "is ready to enter the accords", "намерена участвовать в Соглашениях Авраама",
"Anlaşmalarına dahil olmaya niyetli", "girme niyeti yok", "entend participer aux accords", "ne
veut pas participer aux accords", "tiene la intención de participar en los Acuerdos": the Kazakh,
Indonesian and Malay class of taking part in (or entering) the accords, carried to the languages
that say it the same way: an intention or readiness to take part is interest, none a refusal.
Near misses: taking part in another body or in talks gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        ("Saudi Arabia intends to take part in the Abraham Accords.", {("SA", P)}),
        ("Pakistan has no intention of taking part in the Abraham Accords.", {("PK", D)}),
        ("Azerbaijan is ready to enter the Abraham Accords.", {("AZ", P)}),
        ("Kazakhstan intends to take part in the Board of Peace.", set()),
    ],
    "ru": [
        ("Саудовская Аравия намерена участвовать в Соглашениях Авраама.", {("SA", P)}),
        ("Пакистан не намерен участвовать в Соглашениях Авраама.", {("PK", D)}),
        ("Казахстан намерен участвовать в переговорах о мире.", set()),
    ],
    "tr": [
        ("Suudi Arabistan İbrahim Anlaşmalarına dahil olmaya niyetli.", {("SA", P)}),
        (
            "Şara, Suriye'nin İbrahim Anlaşmaları'na dahil olmaya hazır olmadığını söyledi.",
            {("SY", D)},
        ),
        ("Pakistan'ın İbrahim Anlaşmalarına girme niyeti yok.", {("PK", D)}),
        (
            "Sözcü, Pakistan'ın İbrahim Anlaşmaları'na dahil olma niyetinin bulunmadığını söyledi.",
            {("PK", D)},
        ),
    ],
    "fr": [
        ("L'Arabie saoudite entend participer aux accords d'Abraham.", {("SA", P)}),
        ("Le Pakistan ne veut pas participer aux accords d'Abraham.", {("PK", D)}),
    ],
    "es": [
        (
            "Arabia Saudí tiene la intención de participar en los Acuerdos de Abraham.",
            {("SA", P)},
        ),
        ("Pakistán no quiere participar en los Acuerdos de Abraham.", {("PK", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round32_taking_part_languages(language, text, expected):
    check_case(language, text, expected)
