"""Round forty-nine, a founder announcing ties resumed between a country and Israel ("Washington
annonçait la reprise des relations diplomatiques entre le Maroc et Israël", "la Casa Blanca
anunció la reanudación de las relaciones entre Marruecos e Israel", "the White House announced
the resumption of relations between Morocco and Israel"): the country inside the cue's own words
is the one whose step is announced. With a founder (Washington, the White House, the United
States) as the subject, the step went to the founder and was dropped, while "Donald Trump
annonçait ..." (no country as subject) was read. French, Spanish and English (French also with
"Tel-Aviv" for Israel; Spanish and English gain the cue with "entre"/"between").
Near misses: flights resumed between the two ("la reprise des vols directs"), relations resumed
between Morocco and another neighbour, give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "fr": [
        (
            FR + "Ce jour-là, Washington annonçait la reprise des relations diplomatiques entre le "
            "Maroc et Israël.",
            {("MA", A)},
        ),
        (
            FR + "La Maison-Blanche a annoncé jeudi le rétablissement des relations entre Rabat et "
            "Tel-Aviv.",
            {("MA", A)},
        ),
        (
            FR + "Les États-Unis ont annoncé la reprise des relations entre le Royaume du Maroc et "
            "l'État d'Israël.",
            {("MA", A)},
        ),
        (FR + "Washington a annoncé la reprise des vols directs entre le Maroc et Israël.", set()),
        (FR + "Washington annonçait la reprise des relations entre le Maroc et l'Algérie.", set()),
    ],
    "es": [
        (
            ES
            + "Aquel día, Washington anunció la reanudación de las relaciones diplomáticas entre "
            "Marruecos e Israel.",
            {("MA", A)},
        ),
        (
            ES
            + "La Casa Blanca anunciaba el restablecimiento de relaciones entre Rabat y Tel Aviv.",
            {("MA", A)},
        ),
        (ES + "Washington anunció la reanudación de los vuelos entre Marruecos e Israel.", set()),
        (
            ES + "Washington anunció la reanudación de las relaciones entre Marruecos y Argelia.",
            set(),
        ),
    ],
    "en": [
        (
            EN + "That day, Washington announced the resumption of diplomatic relations between "
            "Morocco and Israel.",
            {("MA", A)},
        ),
        (
            EN + "The White House announced the restoration of ties between Rabat and Tel Aviv.",
            {("MA", A)},
        ),
        (EN + "Washington announced the resumption of flights between Morocco and Israel.", set()),
        (
            EN + "Washington announced the resumption of relations between Morocco and Algeria.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_founder_announces_resumed_ties(language, text, expected):
    assert found(text, language) == expected
