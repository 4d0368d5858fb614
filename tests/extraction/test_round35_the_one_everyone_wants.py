"""Round thirty-five, a candidate named in a spoken cleft: "The one everybody wants is Saudi
Arabia", "Azerbaijan's the one I'd put money on" (a podcast's transcript), German "das Land, auf
das ich wetten würde", French "Celui que tout le monde
veut, c'est ...", Spanish "El que todos quieren es ...", "el país por el que yo apostaría"
(prospective in en, de, fr, es). Near misses: what everybody wants being a ceasefire or peace,
with a minister named after it, gives no claim. Tried and dropped: German "den alle wollen", a
relative clause as often about peace or anything else. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Honestly? The one everybody wants is Oman.", {("OM", P)}),
        ("The Abraham Accords. Qatar's the one I'd put money on.", {("QA", P)}),
        (
            "The Abraham Accords. The one everybody wants is a ceasefire, said Oman's minister.",
            set(),
        ),
    ],
    "de": [
        ("Die Abraham-Abkommen. Katar ist das Land, auf das ich wetten würde.", {("QA", P)}),
        (
            "Die Abraham-Abkommen. Den Frieden, den alle wollen, gibt es in Gaza noch nicht, sagte Katars Minister.",
            set(),
        ),
    ],
    "fr": [
        ("Les accords d'Abraham. Celui que tout le monde veut, c'est Oman.", {("OM", P)}),
    ],
    "es": [
        ("Los Acuerdos de Abraham. El que todos quieren es Omán.", {("OM", P)}),
        ("Los Acuerdos de Abraham. Catar es el país por el que yo apostaría.", {("QA", P)}),
        (
            "Los Acuerdos de Abraham. El que todos quieren es un alto el fuego, dijo el ministro de Qatar.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_the_one_everyone_wants(language, text, expected):
    check_case(language, text, expected)
