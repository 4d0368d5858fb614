"""Round thirty-nine, a date still to come when the article was published ("will join the
accords in 2027", "by the end of 2027" in a bet on Riyadh) is the step's target, not the day it
was taken or told: no date (`claims._after_publication`, every language). Near misses: a date
of the publication's past keeps its claim dated. Own sentences, written for these tests,
read as published on 20 November 2025."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "en": [
        ("Abraham Accords. Azerbaijan will join the accords in 2027.", {("AZ", A, None)}),
        ("Abraham Accords. Azerbaijan will join the accords in March 2026.", {("AZ", A, None)}),
        (
            "Abraham Accords. Kazakhstan announced on 6 November 2025 that it will join the accords.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "fr": [
        ("Accords d'Abraham. L'Azerbaïdjan rejoindra les accords en 2027.", {("AZ", A, None)}),
    ],
    "de": [
        ("Abraham-Abkommen. Aserbaidschan wird den Abkommen 2027 beitreten.", {("AZ", A, None)}),
    ],
    "es": [
        ("Acuerdos de Abraham. Azerbaiyán se unirá a los acuerdos en 2027.", {("AZ", A, None)}),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Азербайджан присоединится к соглашениям в 2027 году.",
            {("AZ", A, None)},
        ),
        (
            "Авраамовы соглашения. В ноябре 2025 года Казахстан объявил о присоединении к соглашениям.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Azerbaycan 2027'de anlaşmalara katılacak.", {("AZ", A, None)}),
    ],
    "ar": [
        ("اتفاقيات أبراهام. ستنضم أذربيجان إلى الاتفاقيات في عام 2027.", {("AZ", A, None)}),
    ],
    "fa": [
        ("توافق ابراهیم. آذربایجان در سال ۲۰۲۷ به توافق خواهد پیوست.", {("AZ", A, None)}),
    ],
    "he": [
        ("הסכמי אברהם. אזרבייג'ן תצטרף להסכמים בשנת 2027.", {("AZ", A, None)}),
    ],
    "id": [
        (
            "Perjanjian Abraham. Azerbaijan akan bergabung dengan perjanjian itu pada 2027.",
            {("AZ", A, None)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Azerbaijan akan menyertai perjanjian itu pada 2027.",
            {("AZ", A, None)},
        ),
    ],
    "kk": [
        ("Авраам келісімдері. Әзербайжан 2027 жылы келісімдерге қосылады.", {("AZ", A, None)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_future_dates(language, text, expected):
    check_case(language, text, expected)
