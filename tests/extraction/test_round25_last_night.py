""" "Last night" as a relative day, the day before publication, as broadcasts and morning
papers say it ("Last night President Trump announced that Kazakhstan is joining", "Anoche
Trump anunció ...", "Tadi malam Trump mengumumkan ...", "أعلن ترامب الليلة الماضية ...");
the languages whose word for yesterday stands in the phrase ("hier soir", "gestern Abend",
"вчера вечером", "dün gece") had it already. Near misses: "tonight" and "this evening" stay
the day itself, and "last night's" game or a night with no step lends no date to a step told
in another sentence.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Last night President Trump announced that Kazakhstan is joining the "
            "accords.",
            {("KZ", A, "2025-11-19")},
        ),
        (
            "The Abraham Accords. Tonight President Trump announced that Kazakhstan is joining the "
            "accords.",
            {("KZ", A, "2025-11-20")},
        ),
        (
            "The Abraham Accords. The storm hit the coast last night. Kazakhstan is joining the accords.",
            {("KZ", A, None)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Anoche Trump anunció que Kazajistán se unirá a los acuerdos.",
            {("KZ", A, "2025-11-19")},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Tadi malam Trump mengumumkan bahwa Kazakhstan akan bergabung dengan Abraham "
            "Accords.",
            {("KZ", A, "2025-11-19")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. أعلن ترامب الليلة الماضية أن كازاخستان ستنضم إلى اتفاقيات أبراهام.",
            {("KZ", A, "2025-11-19")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Hier soir, Donald Trump a annoncé que le Kazakhstan rejoignait les "
            "accords.",
            {("KZ", A, "2025-11-19")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_last_night(language, text, expected):
    check_case(language, text, expected)
