"""Round forty, a day of last year in the orders the date patterns missed: the month first
("on November 18th last year", "November 18 of last year"), the year word first (Turkish "geçen
yıl 18 Kasım'da", Kazakh "былтыр 18 қарашада") and the German genitive ("am 18. November
letzten Jahres", "des vergangenen Jahres", "im Oktober letzten Jahres"; `relative_periods`).
Near misses: the day-month order read before still is, a day already past this month with
"dernier" after it stays this year's ("le 6 novembre dernier"), and "awal November lalu" stays
the publication's own month. Read as published on 20 November 2025. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "On November 18th last year, Saudi Arabia said it wanted to join the Abraham Accords.",
            {("SA", P, "2024-11-18")},
        ),
        (
            "Saudi Arabia said on November 18 of last year that it wanted to join the Abraham Accords.",
            {("SA", P, "2024-11-18")},
        ),
        (
            "On 18 November last year, Saudi Arabia said it wanted to join the Abraham Accords.",
            {("SA", P, "2024-11-18")},
        ),
    ],
    "de": [
        (
            "Am 18. November letzten Jahres sagte Saudi-Arabien, es wolle den Abraham-Abkommen beitreten.",
            {("SA", P, "2024-11-18")},
        ),
        (
            "Am 18. November des vergangenen Jahres sagte Saudi-Arabien, es wolle den Abraham-Abkommen beitreten.",
            {("SA", P, "2024-11-18")},
        ),
        (
            "Kasachstan trat im Oktober letzten Jahres den Abraham-Abkommen bei.",
            {("KZ", A, "2024-10")},
        ),
    ],
    "tr": [
        (
            "Suudi Arabistan geçen yıl 18 Kasım'da İbrahim Anlaşmaları'na katılmak istediğini söyledi.",
            {("SA", P, "2024-11-18")},
        ),
    ],
    "kk": [
        (
            "Сауд Арабиясы былтыр 18 қарашада Авраам келісімдеріне қосылғысы келетінін айтты.",
            {("SA", P, "2024-11-18")},
        ),
    ],
    "id": [
        (
            "Awal November lalu, Kazakhstan menyatakan diri bergabung dengan Abraham Accords.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "fr": [
        (
            "Le 6 novembre dernier, le Kazakhstan a annoncé rejoindre les accords d'Abraham.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_day_of_last_year(language, text, expected):
    check_case(language, text, expected)
