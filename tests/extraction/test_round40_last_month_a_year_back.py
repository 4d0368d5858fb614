"""Round forty, "last November" said in a November article: the month named with "last" before
it ("last November", "letzten November", "el pasado noviembre", "в прошлом ноябре") is the one
a year back when it is the publication's own month, not the running one (`months_last`, read in
`dates._resolve`). A "last" after the month ("awal November lalu", early this November) may be
the running month and keeps it. Near misses: a month without "last" stays the running one;
an earlier month with "last" stays this year's. The tests' publication is 20 November 2025. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. Azerbaijan said last November that it wanted to join the accords.",
            {("AZ", P, "2024-11")},
        ),
        (
            "Abraham Accords. Azerbaijan said in November that it wanted to join the accords.",
            {("AZ", P, "2025-11")},
        ),
        (
            "Abraham Accords. Azerbaijan said last March that it wanted to join the accords.",
            {("AZ", P, "2025-03")},
        ),
    ],
    "de": [
        (
            "Kasachstan hat im letzten November seinen Beitritt zu den Abraham-Abkommen angekündigt.",
            {("KZ", A, "2024-11")},
        ),
    ],
    "es": [
        (
            "Kazajistán anunció el pasado noviembre su adhesión a los Acuerdos de Abraham.",
            {("KZ", A, "2024-11")},
        ),
    ],
    "id": [
        (
            "Awal November lalu, Kazakhstan menyatakan diri bergabung dengan Abraham Accords.",
            {("KZ", A, "2025-11")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_last_month_a_year_back(language, text, expected):
    check_case(language, text, expected)
