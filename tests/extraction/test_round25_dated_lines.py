"""A chronology's dated lines: a line opened by its date and a colon ("- Nov. 6: Kazakhstan
agrees to join the accords.", "6 novembre : le Kazakhstan ...") tells its step on that date,
as a date set off by a comma does; and a line that holds a year alone ("2020") heads the
dated lines below it, which name a day and a month without the year ("Dec. 22: Morocco signs
..." under "2020" is 22 December 2020, not the last 22 December before publication). Near
misses: a line with no date stays undated, a date after the step in a clause of its own is
not the line's, and a year heading far above (beyond a chronology's reach) lends nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords: key dates.\n\n- Nov. 6: Kazakhstan agrees to join the accords.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "The Abraham Accords: key dates.\n\n2020\n\n- Dec. 22: Morocco signs the declaration in "
            "Rabat.\n\n2021\n\n- Jan. 6: Sudan signs the declaration in Khartoum.",
            {("MA", S, "2020-12-22"), ("SD", S, "2021-01-06")},
        ),
        (
            "The Abraham Accords: key dates.\n\n- Kazakhstan agrees to join the accords.",
            {("KZ", A, None)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham en dates.\n\n2020\n\n- 22 décembre : le Maroc signe la déclaration "
            "à Rabat.",
            {("MA", S, "2020-12-22")},
        ),
        (
            "Les accords d'Abraham en dates.\n\n- 6 novembre : le Kazakhstan accepte de rejoindre les "
            "accords.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham, fecha a fecha.\n\n2020\n\n- 22 de diciembre: Marruecos firma la "
            "declaración en Rabat.",
            {("MA", S, "2020-12-22")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen in Daten.\n\n2020\n\n- 22. Dezember: Marokko unterzeichnet die "
            "Erklärung in Rabat.",
            {("MA", S, "2020-12-22")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_dated_lines(language, text, expected):
    check_case(language, text, expected)
