"""A founder sounding a country out is courting it: a candidacy of the country sounded out
("Washington was also sounding out Syria", "Washington sondea a Azerbaiyán", "Estados Unidos
ha tanteado a Indonesia", "Washington sonde l'Azerbaïdjan", "Washington lotet Aserbaidschan
aus"). Only with the founder named as the one who sounds: a country sounding out markets or
partners is no candidate. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Washington is sounding out Azerbaijan.", {("AZ", P)}),
        ("The Abraham Accords. Washington was also sounding out Syria.", {("SY", P)}),
        ("The Abraham Accords. Azerbaijan sounded out the market for bonds.", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Washington sondea a Azerbaiyán.", {("AZ", P)}),
        ("Los Acuerdos de Abraham. Estados Unidos ha tanteado a Indonesia.", {("ID", P)}),
    ],
    "fr": [
        ("Les accords d'Abraham. Washington sonde l'Azerbaïdjan.", {("AZ", P)}),
        ("Les accords d'Abraham. Le Maroc sonde ses partenaires européens.", set()),
    ],
    "de": [
        ("Die Abraham-Abkommen. Washington lotet Aserbaidschan aus.", {("AZ", P)}),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_sounding_out(language, text, expected):
    check_case(language, text, expected)


# A hope held back by what it "first needs" ("brauche aber zuerst", "il lui faut d'abord",
# "necesita primero"): open to joining, and refusing as things stand; a need with no hope
# before it is no step.
NEEDS_FIRST = {
    "de": [
        (
            "Die Abraham-Abkommen. Oman wolle beitreten, brauche aber zuerst einen "
            "palästinensischen Staat.",
            {("OM", P), ("OM", D)},
        ),
        ("Die Abraham-Abkommen. Kasachstan brauche zuerst neue Investitionen.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Oman veut rejoindre les accords, mais il lui faut d'abord "
            "un État palestinien.",
            {("OM", P), ("OM", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Omán quiere sumarse, pero necesita primero un Estado "
            "palestino.",
            {("OM", P), ("OM", D)},
        ),
        ("Los Acuerdos de Abraham. Omán necesita primero nuevas inversiones.", set()),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(NEEDS_FIRST, {}))
def test_needs_first(language, text, expected):
    check_case(language, text, expected)


# Courted told with a time or manner and no agent ("Oman has been courted for years", "is
# being courted hard", "ha sido cortejado desde hace años", "wird seit Jahren umworben").
COURTED = {
    "en": [
        (
            "The Abraham Accords. Oman has been courted for years but has shown no sign of moving.",
            {("OM", P)},
        ),
        ("The Abraham Accords. Oman is being courted hard.", {("OM", P)}),
    ],
    "es": [("Los Acuerdos de Abraham. Omán ha sido cortejado desde hace años.", {("OM", P)})],
    "de": [("Die Abraham-Abkommen. Oman wird seit Jahren umworben.", {("OM", P)})],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(COURTED, {}))
def test_courted(language, text, expected):
    check_case(language, text, expected)
