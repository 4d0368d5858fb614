"""Round thirty-two, a candidacy told by naming the next one or the one sought: "Pakistan's name
has been mentioned in Washington", "the one prize Washington truly wants, Saudi Arabia",
"Saudi Arabia will be next."; "souhaite ouvertement que Beyrouth et Damas soient les
prochains", "la vraie cible, c'est l'Arabie saoudite"; "El nombre de Pakistán suena en Washington" (French
"le nom ... revient" was read already). Near misses: next to do something else,
a name mentioned with no country. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords may grow again. Pakistan's name has been mentioned in Washington more than once.",
            {("PK", P)},
        ),
        (
            "The Abraham Accords may grow again. The one prize Washington truly wants, Saudi Arabia, remains out of reach.",
            {("SA", P)},
        ),
        ("The Abraham Accords may grow again. Saudi Arabia will be next.", {("SA", P)}),
        # near misses: next to host something; a person's name
        (
            "The Abraham Accords may grow again. Saudi Arabia will be next to host the summit.",
            set(),
        ),
        (
            "The Abraham Accords may grow again. The envoy's name has been mentioned for the post.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. L'administration Trump souhaite ouvertement que Beyrouth et Damas soient les prochains.",
            {("LB", P), ("SY", P)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Évidemment. Mais la vraie cible, c'est l'Arabie saoudite.",
            {("SA", P)},
        ),
        # near miss: the next ones to host
        (
            "Les accords d'Abraham reviennent dans le débat. Washington souhaite que Rabat et Tunis soient les prochains hôtes du forum.",
            set(),
        ),
    ],
}

CASES["es"] = [
    (
        "Los Acuerdos de Abraham vuelven al debate. El nombre de Pakistán suena en Washington.",
        {("PK", P)},
    ),
    (
        "Los Acuerdos de Abraham vuelven al debate. El nombre del enviado suena para el puesto.",
        set(),
    ),
]

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_named_candidates(language, text, expected):
    check_case(language, text, expected)
