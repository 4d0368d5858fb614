"""Round forty-five, a weekday of last week ("am Donnerstag vergangener Woche", "on Thursday last
week", "geçen hafta perşembe günü", "jeudi de la semaine dernière", "el jueves de la semana
pasada"): that day of the week before the publication's week, where it was read as the latest
such day up to publication (the publication's own day in an article of that weekday;
`weeks_last`: de, en, tr, fr, es). Near misses: a weekday alone stays the latest such day, and
"in der vergangenen Woche" alone names no day. Own sentences, written for these tests (read as
published on Thursday 20 November 2025)."""

import pytest

from tests.extraction.found import A, challenge_params, found_dated

CASES = {
    "de": [
        (
            "Der Präsident verkündete am Donnerstag vergangener Woche, Kasachstan schließe sich "
            "den Abraham-Abkommen an.",
            {("KZ", A, "2025-11-13")},
        ),
        (
            "Der Präsident verkündete am Montag der Vorwoche, Kasachstan schließe sich den "
            "Abraham-Abkommen an.",
            {("KZ", A, "2025-11-10")},
        ),
        (
            "Der Präsident verkündete am Montag, Kasachstan schließe sich den Abraham-Abkommen an.",
            {("KZ", A, "2025-11-17")},
        ),
        (
            "Der Präsident verkündete in der vergangenen Woche, Kasachstan schließe sich den "
            "Abraham-Abkommen an.",
            {("KZ", A, None)},
        ),
    ],
    "en": [
        (
            "Trump announced on Thursday last week that Kazakhstan would join the Abraham Accords.",
            {("KZ", A, "2025-11-13")},
        ),
        (
            "Trump announced on Thursday that Kazakhstan would join the Abraham Accords.",
            {("KZ", A, "2025-11-20")},
        ),
    ],
    "tr": [
        (
            "Trump, geçen hafta perşembe günü Kazakistan'ın İbrahim Anlaşmaları'na katılacağını "
            "açıkladı.",
            {("KZ", A, "2025-11-13")},
        ),
    ],
    "fr": [
        (
            "Trump a annoncé jeudi de la semaine dernière que le Kazakhstan rejoindrait les "
            "accords d'Abraham.",
            {("KZ", A, "2025-11-13")},
        ),
    ],
    "es": [
        (
            "Trump anunció el jueves de la semana pasada que Kazajistán se uniría a los Acuerdos "
            "de Abraham.",
            {("KZ", A, "2025-11-13")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_weekday_last_week(language, text, expected):
    assert found_dated(text, language, {"KZ"}) == expected
