"""Round forty-nine, a list whose last member follows a time aside set off by commas right after
the conjunction ("Marruecos, Sudán y, este mismo mes, Kazajistán", "le Maroc, le Soudan et, ce
mois-ci, le Kazakhstan", "Morocco, Sudan and, this month, Kazakhstan"): the list goes on past the
aside, where it had closed at the conjunction and left the last member without the step. One or
two asides of at most five words each, the first holding a date the sentence's date finder reads
(Spanish "este mismo mes" and "este mismo año" are read as this month and this year).
Spanish, French and English (the rule is the list builder's, in every language).
Near misses: an aside naming no time ("y, según fuentes diplomáticas, Omán podría sumarse",
"and, according to diplomats, Oman could follow") may open a clause of its own, and the country
after it keeps its own step instead of joining the list before. Own sentences, written for
these tests, read as published on 20 November 2025."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, found_dated

ES = "Los Acuerdos de Abraham se firmaron en 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "es": [
        (
            ES + "Desde entonces se han sumado Marruecos, Sudán y, este mismo mes, Kazajistán.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            ES + "Después se sumaron al pacto Marruecos, Sudán y, en noviembre, Kazajistán.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            ES + "Forman parte del pacto Marruecos y Sudán y, según fuentes diplomáticas, Omán "
            "podría sumarse pronto.",
            {("MA", S), ("SD", S), ("OM", P)},
        ),
    ],
    "fr": [
        (
            FR
            + "Depuis, le Maroc, le Soudan et, ce mois-ci, le Kazakhstan ont rejoint les accords.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            FR
            + "Depuis, ont rejoint les accords le Maroc, le Soudan et, ce mois-ci, le Kazakhstan.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            FR
            + "Le Maroc et le Soudan en font partie et, selon des diplomates, Oman pourrait suivre.",
            {("MA", S), ("SD", S), ("OM", P)},
        ),
    ],
    "en": [
        (
            EN + "Since then Morocco, Sudan and, this month, Kazakhstan have joined the accords.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            EN
            + "Since then Morocco and Sudan have joined the accords and, according to diplomats, "
            "Oman could follow.",
            {("MA", S), ("SD", S), ("OM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_list_past_time_aside(language, text, expected):
    # read as published on the challenge sets' day, so "this month" is a date
    assert found_dated(text, language, set()) == expected
