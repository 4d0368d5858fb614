"""Round fifty-one, a founder named inside an apposition after a country ("L'Arabie saoudite,
longtemps courtisée par Washington, a suspendu les discussions", "Saudi Arabia, the prize
Washington covets most, suspended the talks", "Arabia Saudí, cortejada por Washington,
suspendió las conversaciones"): the halt after the apposition's closing comma is the country's.
A founder may take a halt or an exit when named alone, and the founder nearest the verb had
taken it (then dropped as a founder's), so the country lost it; now a founder alone between two
commas right after another country belongs to the apposition (`assignment._founder_in_apposition`,
every language). With "Quant à" the topic's apposition is read the same way.
Near misses: a founder opening its own clause after a semicolon is no apposition (no halt for
the country before), and an apposition before another agreement gives nothing. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, found

FR = "Les accords d'Abraham sont à la peine. "
EN = "The Abraham Accords are struggling. "
ES = "Los Acuerdos de Abraham pasan apuros. "

CASES = {
    "fr": [
        (
            FR + "L'Arabie saoudite, longtemps courtisée par Washington, a suspendu les "
            "discussions en octobre 2023.",
            {("SA", U)},
        ),
        (
            FR + "L'Arabie saoudite, le grand prix de Washington, a gelé les pourparlers.",
            {("SA", U)},
        ),
        (
            FR + "Quant à l'Arabie saoudite, la cible que vise Washington, les discussions sont "
            "gelées depuis deux ans.",
            {("SA", U)},
        ),
        (
            FR + "L'Arabie saoudite et Israël se parlaient encore ; Washington, selon la presse, "
            "a suspendu les discussions.",
            set(),
        ),
        (
            FR + "L'Arabie saoudite, longtemps courtisée par Washington, a signé un contrat "
            "d'armement.",
            set(),
        ),
    ],
    "en": [
        (
            EN + "Saudi Arabia, long courted by Washington, suspended the talks in October 2023.",
            {("SA", U)},
        ),
        (
            EN + "Saudi Arabia, the prize Washington covets most, froze the talks.",
            {("SA", U)},
        ),
    ],
    "es": [
        (
            ES + "Arabia Saudí, cortejada desde hace años por Washington, suspendió las "
            "conversaciones en octubre de 2023.",
            {("SA", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_founder_in_apposition(language, text, expected):
    assert found(text, language) == expected
