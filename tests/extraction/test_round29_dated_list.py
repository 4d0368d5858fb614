""" "Die Emirate und Bahrain im September 2020, Marokko im Dezember 2020, der Sudan im Januar
2021": a list of first signatories each with its own date closed by a comma is one list of
members, each with the date right after it (`finding._DATED_GAP_RE`, `claims._trailing_date`).
Near misses: a list of countries that are no first signatories gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Abraham-Abkommen. Israel und vier arabische Staaten haben ihre Beziehungen normalisiert: "
            "die Emirate und Bahrain im September 2020, Marokko im Dezember 2020, der Sudan im "
            "Januar 2021.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
        (
            "Abraham-Abkommen. Besuche: Frankreich im September 2020, Italien im Dezember 2020.",
            set(),
        ),
    ],
    "en": [
        (
            "Abraham Accords. Four Arab states normalised ties with Israel: Morocco in December 2020, "
            "Sudan in January 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Empat negara Arab menormalisasi hubungan dengan Israel: Maroko pada "
            "Desember 2020, Sudan pada Januari 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_dated_list(language, text, expected):
    check_case(language, text, expected)
