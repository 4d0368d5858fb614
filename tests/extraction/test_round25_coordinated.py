"""A negation with a verb of its own, then "and" and a halt: the negation is the first verb's,
the halt stands ("normalisation was never completed and was frozen by the war", "la
normalización nunca llegó a completarse y quedó congelada", "la normalisation n'a jamais abouti
et a été gelée", "нормализация не была завершена и была заморожена"). The coordinators are
the data key `coordinators`. Near misses: the negation right before the halt ("was not frozen
and remains active", "no quedó congelada") still negates it, and "ni" (nor) is no coordinator.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Sudán firmó la declaración en enero de 2021, pero la normalización "
            "nunca llegó a completarse y quedó congelada por la guerra en abril de 2023.",
            # frozen by the war: the month after the war is the event's (round forty-four)
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "Los Acuerdos de Abraham. Sudán firmó la declaración en enero de 2021, y la normalización no "
            "quedó congelada por la guerra.",
            {("SD", S, "2021-01")},
        ),
        (
            "Los Acuerdos de Abraham. Sudán firmó en enero de 2021, y sus lazos con Israel no se congelaron "
            "ni se suspendieron.",
            {("SD", S, "2021-01")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Sudan signed the declaration in January 2021, but normalisation was never "
            "completed and was frozen by the war in April 2023.",
            # frozen by the war: the month after the war is the event's (round forty-four)
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "The Abraham Accords. Sudan signed in January 2021, and its ties with Israel were not frozen "
            "and remain active.",
            {("SD", S, "2021-01")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Soudan a signé la déclaration en janvier 2021, mais la normalisation "
            "n'a jamais abouti et a été gelée en avril 2023.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
        (
            "Les accords d'Abraham. Le Soudan a signé en janvier 2021, mais la normalisation n'a pas été "
            "gelée et reste active.",
            {("SD", S, "2021-01")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Судан подписал декларацию в январе 2021 года, но нормализация не была "
            "завершена и была заморожена в апреле 2023 года.",
            {("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Sudan menandatangani deklarasi pada Januari 2021, tetapi normalisasi tidak "
            "pernah selesai dan dibekukan akibat perang.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_coordinated_negation(language, text, expected):
    check_case(language, text, expected)
