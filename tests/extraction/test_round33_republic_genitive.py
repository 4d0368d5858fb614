"""Round thirty-three, the Russian "republic" in the genitive after an accession noun ("решение о
присоединении республики к соглашениям было озвучено 6 ноября 2025 года", "Вступление
республики в соглашения было объявлено"): the one country in scope, as "республика" was, so the
step keeps its own date rather than the dateline's. The genitive singular is also the
nominative plural ("бывшие советские республики"), so it is read only right before the
accords' object ("республики к соглашениям", "республики в соглашения"); the other singular
cases ("республику", "республике", "республикой") are anaphora as they stand.
Near misses: "the former Soviet republics" is a group with no name and takes no step.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Казахстан. Как говорится в документе, решение о присоединении "
            "республики к соглашениям было озвучено 6 ноября 2025 года.",
            {("KZ", A)},
        ),
        (
            "Соглашения Авраама. Казахстан. Вступление республики в соглашения было объявлено 6 "
            "ноября 2025 года.",
            {("KZ", A)},
        ),
        (
            "Соглашения Авраама. Казахстан объявил о присоединении. Бывшие советские республики "
            "Центральной Азии могут последовать этому примеру.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_republic_genitive(language, text, expected):
    check_case(language, text, expected)
