""" "as they are today", "كما هي اليوم", "qu'elles le sont aujourd'hui", "hoy en día": "today"
in a comparison with the present or meaning nowadays is no day of its own, and dates no step
told beside it (`relative_blockers`, in every language that says it). Near misses: "today"
telling when a country spoke keeps the publication's day.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The envoy said Washington hopes Lebanon will join the Abraham Accords, as conditions "
            "have never been as good as they are today.",
            {("LB", P, None)},
        ),
        # near miss
        (
            "Today Lebanon said it would not join the Abraham Accords.",
            {("LB", D, "2025-11-20")},
        ),
    ],
    "ar": [
        (
            "قال المبعوث الأميركي إن واشنطن تأمل أن ينضم لبنان إلى اتفاقيات أبراهام، معتبراً أن "
            '"الظروف لم تكن مواتية يوماً كما هي اليوم".',
            {("LB", P, None)},
        ),
    ],
    "fr": [
        (
            "Washington espère que le Liban rejoindra les accords d'Abraham, les conditions "
            "n'ayant jamais été aussi bonnes qu'elles le sont aujourd'hui.",
            {("LB", P, None)},
        ),
    ],
    "es": [
        (
            "Hoy en día, Siria aparece como candidata a unirse a los Acuerdos de Abraham.",
            {("SY", P, None)},
        ),
        # near miss
        (
            "Hoy Siria descartó unirse a los Acuerdos de Abraham.",
            {("SY", D, "2025-11-20")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_today_compared(language, text, expected):
    check_case(language, text, expected)
