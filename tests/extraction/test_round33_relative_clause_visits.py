""" "Syria's president, who was received at the White House earlier this month, has said his
country is not in a position to join", "Le président syrien, qui a rencontré Donald Trump à la
Maison-Blanche en novembre, exclut toute adhésion": a date inside a relative clause closed
before a stance's cue, a clause naming another party (the host, a founder, a place), dates that
clause's event (a visit, a meeting), not the refusal or the hope told after it
(`confidence._in_relative_before`). The saying keeps that date when it points back at it ("said
there", "אמר שם", `said_then`). Near misses: a relative clause naming no one ("which set out its
terms in September") may tell the stance itself, and a step whose cue is inside the clause
keeps its date. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Syria's president, who was received at the White House earlier this month, has said "
            "his country is not in a position to join the Abraham Accords.",
            {("SY", D, None)},
        ),
        # near misses
        (
            "Syria's president, who was received at the White House earlier this month, said "
            "there that his country is not in a position to join the Abraham Accords.",
            {("SY", D, "2025-11")},
        ),
        (
            "Abraham Accords\nSaudi Arabia, which set out its terms in September, has made "
            "normalisation conditional on a Palestinian state.",
            {("SA", D, "2025-09")},
        ),
        (
            "Kazakhstan, which announced its accession on 6 November, signed the Abraham Accords.",
            {("KZ", A, "2025-11-06"), ("KZ", S, None)},
        ),
    ],
    "fr": [
        (
            "Le président syrien, qui a rencontré Donald Trump à la Maison-Blanche en novembre, "
            "exclut toute adhésion aux accords d'Abraham.",
            {("SY", D, None)},
        ),
    ],
    "es": [
        (
            "El presidente sirio, que visitó la Casa Blanca en noviembre, descartó unirse a los "
            "Acuerdos de Abraham.",
            {("SY", D, None)},
        ),
    ],
    "he": [
        # near miss: "אמר שם" (said there) points back at the visit
        (
            "יורש העצר מוחמד בן סלמאן, שביקר בבית הלבן בנובמבר, אמר שם כי הממלכה רוצה להיות "
            "חלק מהסכמי אברהם.",
            {("SA", P, "2025-11")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_relative_clause_visits(language, text, expected):
    check_case(language, text, expected)
