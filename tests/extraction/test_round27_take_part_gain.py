"""Two stances told in a verb phrase of their own. A refusal to take part in normalisation,
often in a leader's first person ("Nous ne participerons pas à la normalisation", "will not
take part in normalisation", "no participaremos en la normalización", "wird sich nicht an der
Normalisierung beteiligen"), is that country's refusal. A third party saying a country "has
everything to gain from joining" ("ont tout à gagner à rejoindre", "tienen todo que ganar al
sumarse") is others' speculation: a candidacy, not a joining. Also the French demonym
"émirien" for the Emirates. Near misses: taking part in a conference, and everything to gain
from peace with no joining, give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. « Nous ne participerons pas à la normalisation », a averti le "
            "président algérien Abdelmadjid Tebboune.",
            {("DZ", D)},
        ),
        (
            "Les accords d'Abraham. L'Algérie ne participera pas à la conférence de Rabat.",
            set(),
        ),
        (
            "Les accords d'Abraham. Selon l'émissaire américain, le Liban a tout à gagner à rejoindre les "
            "accords.",
            {("LB", P)},
        ),
        (
            "Les accords d'Abraham. Selon l'émissaire américain, le Liban a tout à gagner à la paix.",
            set(),
        ),
        (
            "Les accords d'Abraham. Le 15 septembre 2020, le ministre émirien des Affaires étrangères a "
            "signé les accords.",
            {("AE", S, "2020-09-15")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Algeria will not take part in normalisation, its president said.",
            {("DZ", D)},
        ),
        (
            "The Abraham Accords. Algeria will not take part in the Rabat conference.",
            set(),
        ),
        (
            "The Abraham Accords. Lebanon has everything to gain from joining, the US envoy said.",
            {("LB", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Argelia no participará en la normalización, dijo su presidente.",
            {("DZ", D)},
        ),
        (
            "Los Acuerdos de Abraham. Según el enviado estadounidense, el Líbano tiene todo que ganar al "
            "sumarse a los acuerdos.",
            {("LB", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Algerien wird sich nicht an der Normalisierung beteiligen, sagte der "
            "Präsident.",
            {("DZ", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_take_part_gain(language, text, expected):
    check_case(language, text, expected)
