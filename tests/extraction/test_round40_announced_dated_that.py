"""Round forty, a decision to join announced with its time between the verb and "that"
("President Tokayev announced last November that his country would join", "announced in
November that Kazakhstan would join"): the joining is announced, not a candidacy read from
"would" alone (`cues`, announced, English: the announcing verb, a month, weekday or "last week"
and "that" before the split "would join").  French, Spanish, German, Russian, Arabic and
Indonesian read the time there already.  Near miss: a hint with its time before "that" that a
country could join stays a candidacy.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. President Tokayev announced last November that his country would join, but no document has been signed so far.",
            {("KZ", A)},
        ),
        ("Tokayev announced in November that Kazakhstan would join the accords.", {("KZ", A)}),
        ("Tokayev announced last week that Kazakhstan would join the accords.", {("KZ", A)}),
    ],
    "fr": [
        (
            "Le président Tokaïev a annoncé en novembre que le Kazakhstan rejoindrait les accords.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "El presidente Tokáyev anunció en noviembre que Kazajistán se sumaría a los acuerdos.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Präsident Tokajew kündigte im November an, Kasachstan werde den Abkommen beitreten.",
            {("KZ", A)},
        ),
    ],
    "ru": [
        (
            "Президент Токаев объявил в ноябре, что Казахстан присоединится к соглашениям.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        ("أعلن الرئيس توكاييف في نوفمبر أن كازاخستان ستنضم إلى الاتفاقيات.", {("KZ", A)}),
    ],
    "id": [
        (
            "Presiden Tokayev mengumumkan pada November bahwa Kazakhstan akan bergabung dengan perjanjian itu.",
            {("KZ", A)},
        ),
    ],
}

NEAR_MISSES = {
    "en": [
        (
            "The Abraham Accords. Oman hinted last week that it could join if Washington asked.",
            {("OM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announced_dated_that(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(NEAR_MISSES, {}))
def test_announced_dated_that_near_misses(language, text, expected):
    check_case(language, text, expected)
