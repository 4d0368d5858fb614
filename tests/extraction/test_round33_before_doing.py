""" "La Mauritanie avait établi des relations avec Israël en 1999, avant de les geler en 2009":
a step told after ", avant de" (before doing), or "avant de les" (before doing it to them)
without the comma, came later than the dates named before those words, which date the clause
before them (the ties' beginning), as a "later" word does (`afterwards`). The halt and the break take the year told after their own verb. Near misses:
a step told before ", avant d'" keeps its date, and "avant" with a noun ("avant la visite") is
no later word. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

W = "withdrawn"

CASES = {
    "fr": [
        (
            "La Mauritanie avait établi des relations diplomatiques avec Israël en 1999, avant "
            "de les geler en 2009 puis de les rompre en 2010.",
            {("MR", U, "2009"), ("MR", W, "2010")},
        ),
        (
            "Nouakchott avait noué des relations avec Israël en 1999, avant de les rompre en 2010.",
            {("MR", W, "2010")},
        ),
        (
            "Nouakchott avait noué des relations avec Israël en 1999 avant de les rompre en 2010.",
            {("MR", W, "2010")},
        ),
        # near misses
        (
            "Le Maroc a rejoint les accords d'Abraham en décembre 2020, avant d'ouvrir un bureau "
            "de liaison.",
            {("MA", S, "2020-12")},
        ),
        (
            "Les négociations entre Riyad et Israël ont été gelées en octobre 2023, avant la "
            "visite du prince héritier.",
            {("SA", U, "2023-10")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_before_doing(language, text, expected):
    check_case(language, text, expected)
