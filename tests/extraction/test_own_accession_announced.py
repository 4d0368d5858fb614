"""Round thirty-two, Russian "announced its own accession" with the reflexive possessive between
the preposition and the noun, in either order and with the subject after the verb ("а в ноябре
2025 года о своем вступлении объявил Казахстан", "Казахстан объявил о своем присоединении"): a
joining announced, dated by its clause. Near misses: an accession announced by another for the
country stays announced; the first signatories before "а" keep their membership. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Позже к ним присоединились Марокко и Судан, а в ноябре 2025 года "
            "о своем вступлении объявил Казахстан.",
            {("MA", S), ("SD", S), ("KZ", A, "2025-11")},
        ),
        (
            "Соглашения Авраама. Казахстан в ноябре 2025 года объявил о своем вступлении.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Соглашения Авраама. Трамп объявил о присоединении Казахстана к соглашениям.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_own_accession_announced(language, text, expected):
    check_case(language, text, expected)
