"""Round forty-nine, a hope to see a country follow: "Donald Trump dit qu'il espère voir Riyad
suivre « très bientôt »", "rêve de voir Oman faire de même", "he hopes to see Saudi Arabia follow
very soon", "to see Oman follow suit", "espera ver a Arabia Saudí seguir muy pronto": the hope
with the candidate between "voir"/"see"/"ver" and the verb of following was read with "rejoindre",
"join", "unirse", not with "follow".  French, English and Spanish.  The bare following verb needs
what shows it is the step (an adverb of time, "suit", "le mouvement", "l'exemple", a comma): a
sentence's closing stop is not part of its text, so "suivre." at the end stays unread.
Near misses: following something else ("suivre ses engagements climatiques", "follow the rules",
"follow through on its reform pledges", "seguir con sus reformas") gives nothing.  Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "
EN = "The Abraham Accords were signed in 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "

CASES = {
    "fr": [
        (FR + "Donald Trump dit qu'il espère voir Riyad suivre « très bientôt ».", {("SA", P)}),
        (
            FR + "Le président espère voir l'Arabie saoudite suivre le mouvement, à son rythme.",
            {("SA", P)},
        ),
        (FR + "Washington rêve de voir Oman faire de même.", {("OM", P)}),
        (
            FR + "Le ministre espère voir l'Arabie saoudite suivre ses engagements climatiques.",
            set(),
        ),
    ],
    "en": [
        (EN + "Trump said he hopes to see Saudi Arabia follow very soon.", {("SA", P)}),
        (EN + "Trump said he hopes to see Oman follow suit.", {("OM", P)}),
        (EN + "Trump hopes to see Saudi Arabia follow the rules.", set()),
        (EN + "Washington wants to see Riyadh follow through on its reform pledges.", set()),
    ],
    "es": [
        (ES + "Trump dijo que espera ver a Arabia Saudí seguir muy pronto.", {("SA", P)}),
        (ES + "Washington espera ver a Omán seguir el ejemplo.", {("OM", P)}),
        (ES + "El ministro espera ver a Arabia Saudí seguir con sus reformas.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_hope_to_see_follow(language, text, expected):
    assert found(text, language) == expected
