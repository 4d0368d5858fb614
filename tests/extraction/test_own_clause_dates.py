"""Round thirty-two, a member's own date in its own clause: "Bahrain and Morocco joined in
2020, while Sudan signed in January 2021" gives Sudan the date after it, in the clause its
name opens, not the nearer date before the comma. A date after another name ("while Sudan
hosted Egypt's envoy in March 2021") is not the member's. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import N, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords changed the region. Bahrain and Morocco also joined in 2020, "
            "while Sudan signed in January 2021.",
            {("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2021-01")},
        ),
        (
            "The Abraham Accords changed the region. Bahrain and Morocco joined in 2020, while "
            "Sudan hosted Egypt's envoy in March 2021.",
            {("BH", S, "2020"), ("MA", S, "2020")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham mengubah rantau itu. Maghribi menyusul pada Disember 2020, "
            "manakala Sudan menandatangani pada Januari 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Perjanjian Abraham mengubah rantau itu. Maghribi menyusul pada Disember 2020, "
            "manakala Sudan dan Mesir berunding pada Januari 2021.",
            {("SD", N), ("EG", N)},
        ),
    ],
    "id": [
        (
            "Abraham Accords mengubah kawasan itu. Maroko bergabung pada Desember 2020, sementara "
            "Sudan menandatangani pada Januari 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen veränderten die Region. Bahrain und Marokko traten 2020 bei, "
            "während der Sudan im Januar 2021 unterschrieb.",
            {("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2021-01")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham cambiaron la región. Baréin y Marruecos se sumaron en 2020, "
            "mientras que Sudán firmó en enero de 2021.",
            {("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2021-01")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont changé la région. Bahreïn et le Maroc les ont rejoints en "
            "2020, tandis que le Soudan a signé en janvier 2021.",
            {("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_own_clause_dates(language, text, expected):
    check_case(language, text, expected)
