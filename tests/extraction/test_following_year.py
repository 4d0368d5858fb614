"""Round thirty-two, a month "of the following year" or "the following year" alone takes the year
after the one named last before: "Morocco signed in December 2020, and Sudan in January of the
following year" (2021-01), "le Soudan en janvier de l'année suivante", "en enero del año
siguiente", "im Januar des folgenden Jahres", "في يناير من العام التالي", "pada Januari tahun
berikutnya" (`next_year`); "the following January", "en janvier suivant", "en el enero
siguiente", "im darauffolgenden Januar" (`following_months`) is the first such month after the
month named last before. Before, the bare month took the year before it (2020-01, before
the step it followed). A year so counted never passes the publication (no future date is made
up), and "next year", counted from the present, is no such phrase. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Morocco signed the accords in December 2020, and Sudan signed them in January of the following year.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "The UAE signed the accords in 2020. The following year, Sudan signed them too.",
            {("AE", S, "2020"), ("SD", S, "2021")},
        ),
        (
            "The UAE and Bahrain signed the accords in September 2020, Morocco followed in December and Sudan the following January.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
        (
            "Morocco signed the accords in March 2020 and Sudan the following June.",
            {("MA", S, "2020-03"), ("SD", S, "2020-06")},
        ),
        # near miss: no year past the publication (the tests' 2025-11-20)
        (
            "Kazakhstan joined the accords in 2025. The following year, Uzbekistan joined them too.",
            {("KZ", A, "2025"), ("UZ", A, None)},
        ),
    ],
    "fr": [
        (
            "Le Maroc a signé les accords en décembre 2020, le Soudan en janvier suivant.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        # a day before the month is read as any day and month
        (
            "Les Émirats ont signé les accords en septembre 2020. Le 19 octobre suivant, le Conseil des ministres émirati approuvait le traité de paix avec Israël.",
            {("AE", S, "2020-09"), ("AE", "ratified", "2020-10-19")},
        ),
        (
            "Le Maroc a signé les accords en décembre 2020. Le Soudan les a signés en janvier de l'année suivante.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "es": [
        (
            "Marruecos firmó los acuerdos en diciembre de 2020 y Sudán en enero del año siguiente.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "de": [
        (
            "Marokko unterzeichnete die Abkommen im Dezember 2020, der Sudan im darauffolgenden Januar.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Marokko unterzeichnete die Abkommen im Dezember 2020, der Sudan im Januar des folgenden Jahres.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "ar": [
        (
            "وقع المغرب الاتفاقيات في ديسمبر 2020، ووقعها السودان في يناير من العام التالي.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "id": [
        (
            "Maroko menandatangani perjanjian itu pada Desember 2020, dan Sudan pada Januari tahun berikutnya.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_following_year(language, text, expected):
    check_case(language, text, expected)
