""" "Pendirian sama turut dipegang Indonesia, Pakistan dan Brunei", "The same position is held
by ...", "Dieselbe Haltung vertreten ...", "Такую же позицию занимают ...": the countries
after it take the step of the sentence before (`continuations`). Near misses: after a
sentence telling no step, the same words give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Perjanjian Abraham. Malaysia menegaskan tidak akan menyertai Perjanjian Abraham. "
            "Pendirian sama turut dipegang Indonesia, Pakistan dan Brunei.",
            {("MY", D), ("ID", D), ("PK", D), ("BN", D)},
        ),
        (
            "Perjanjian Abraham. Ramai pemimpin bercakap tentang Gaza. Pendirian sama turut dipegang "
            "Indonesia.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords. Malaysia menegaskan tidak akan bergabung dengan Abraham Accords. Sikap "
            "serupa juga dipegang Pakistan dan Brunei.",
            {("MY", D), ("PK", D), ("BN", D)},
        ),
    ],
    "en": [
        (
            "Abraham Accords. Malaysia says it will not join the Abraham Accords. The same position is "
            "held by Pakistan and Brunei.",
            {("MY", D), ("PK", D), ("BN", D)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Malaysia wird den Abraham-Abkommen nicht beitreten. Dieselbe Haltung "
            "vertreten Pakistan und Brunei.",
            {("MY", D), ("PK", D), ("BN", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Малайзия не присоединится к Соглашениям Авраама. Такую же позицию "
            "занимают Пакистан и Бруней.",
            {("MY", D), ("PK", D), ("BN", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_same_stance(language, text, expected):
    check_case(language, text, expected)
