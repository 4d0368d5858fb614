"""Round thirty-seven, countries named "as the most likely next candidates" (a likelihood word
and "next" both before the noun): others' view of them, prospective (rule 3; `cues.prospective`,
en; French "comme les prochains candidats les plus probables", German "als wahrscheinlichste
nächste Kandidaten" and Spanish "como los próximos candidatos más probables" already read).
Near miss: a candidate for something other than the accords. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Uzbekistan and Azerbaijan are seen as the most likely next candidates.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "The Abraham Accords. Commentators list Uzbekistan as the likeliest next candidate.",
            {("UZ", P)},
        ),
        (
            "The Abraham Accords. Uzbekistan is the most likely next candidate for the chess title.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les médias citent l'Ouzbékistan et l'Azerbaïdjan comme les prochains candidats les plus probables.",
            {("UZ", P), ("AZ", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Medien nennen Usbekistan und Aserbaidschan als wahrscheinlichste nächste Kandidaten.",
            {("UZ", P), ("AZ", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. La prensa cita a Uzbekistán y Azerbaiyán como los próximos candidatos más probables.",
            {("UZ", P), ("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_likeliest_next(language, text, expected):
    check_case(language, text, expected)
