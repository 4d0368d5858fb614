"""A candidate named by a noun of wagers and catches: "Uzbekistan is a reasonable bet",
"l'Ouzbékistan est un pari raisonnable", "Uzbekistán es una apuesta razonable", and the
country presented as "la grande prise" beside "le gros lot" already read. Near misses: "a safe
bet that" some other news comes true and a catch that is a fisherman's give nothing (a bet in
another field beside the accords is still read as one: a known miss).
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "On the Abraham Accords, Azerbaijan is the obvious candidate; Uzbekistan is a reasonable bet.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Which country joins the Abraham Accords next? Oman looks like the safest bet.",
            {("OM", P)},
        ),
        ("It is a safe bet that oil prices in Saudi Arabia will rise this winter.", set()),
        ("The Abraham Accords aside, Qatar remains a good bet for investors in gas.", set()),
    ],
    "fr": [
        (
            "Sur les accords d'Abraham, l'Azerbaïdjan est le candidat le plus cité ; l'Ouzbékistan est un pari "
            "raisonnable.",
            {("AZ", P), ("UZ", P)},
        ),
        ("Pour les accords d'Abraham, l'Arabie saoudite reste la grande prise.", {("SA", P)}),
        ("Au Maroc, les pêcheurs d'Agadir ont ramené une belle prise de thon.", set()),
    ],
    "es": [
        ("Sobre los Acuerdos de Abraham, Uzbekistán es una apuesta razonable.", {("UZ", P)}),
        ("En la bolsa de Riad, el petróleo saudí sigue siendo una apuesta segura.", set()),
    ],
}

KNOWN_MISSES = {
    "en-4": "a bet in another field ('a good bet for investors') in a sentence naming the accords is read as "
    "a candidacy: the cue does not look at what the bet is for",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_bet(language, text, expected):
    check_case(language, text, expected)
