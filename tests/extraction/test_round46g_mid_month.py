"""Round forty-six, a month joined to its preposition by a hyphen ("à la mi-janvier",
"mi-octobre", "in mid-January", "by mid-March"): the month is read as the step's date, as
"début janvier" and "in mid January" already were (the month preposition may be followed by a
hyphen as well as a space; `dates.py`). Spanish, German, Russian, Indonesian and the others write
the middle of a month with a separate word ("a mediados de enero", "Mitte Januar"), read before.
Near misses: a hyphenated year ("mid-2025") stays a year; a month with its own year keeps it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, found_dated

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. À la mi-janvier, l'Azerbaïdjan a dit vouloir rejoindre les "
            "accords.",
            {("AZ", P, "2025-01")},
        ),
        (
            "Les accords d'Abraham. Mi-octobre, le Kazakhstan a fait savoir qu'il souhaitait "
            "adhérer aux accords.",
            {("KZ", P, "2025-10")},
        ),
        (
            "Les accords d'Abraham. Le Soudan a signé les accords à la mi-janvier 2021.",
            {("SD", S, "2021-01")},
        ),
        (
            "Les accords d'Abraham. Début janvier, l'Azerbaïdjan a dit vouloir rejoindre les "
            "accords.",
            {("AZ", P, "2025-01")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. In mid-January, Azerbaijan said it wants to join the accords.",
            {("AZ", P, "2025-01")},
        ),
        (
            "The Abraham Accords. In mid-March, Oman said it wants to join the accords.",
            {("OM", P, "2025-03")},
        ),
        (
            "The Abraham Accords. In mid-2025, Azerbaijan said it wants to join the accords.",
            {("AZ", P, "2025")},
        ),
        (
            "The Abraham Accords. Sudan signed the accords in mid-January 2021.",
            {("SD", S, "2021-01")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. A mediados de enero, Azerbaiyán dijo que quiere adherirse "
            "a los acuerdos.",
            {("AZ", P, "2025-01")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Mitte Januar sagte Aserbaidschan, es wolle den Abkommen "
            "beitreten.",
            {("AZ", P, "2025-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_mid_month(language, text, expected):
    dated = {item[0] for item in expected}
    assert found_dated(text, language, dated) == expected
