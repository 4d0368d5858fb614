"""Round thirty-five, a wish to fit into the accords' dynamic or framework is a candidacy: French
"veut s'inscrire dans la dynamique des accords d'Abraham", "a dit vouloir s'inscrire dans le cadre
des accords" (the reporting verb and the wish read together, as the modal "dit vouloir" would have
hidden the cue), Spanish "quiere inscribirse en la dinámica de los Acuerdos", as "quiere sumarse a
la dinámica" and "wants to join the momentum of the Abraham Accords" already were. Only the wish:
"s'inscrit dans le cadre des accords" alone is the stock phrase of a visit or a deal (no claim
from this rule). Near misses: a wish negated gives no candidacy. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. Le Somaliland a dit vouloir s'inscrire dans la dynamique des accords d'Abraham.",
            {("XS", P)},
        ),
        (
            "Les accords d'Abraham font débat. Le Somaliland veut s'inscrire dans le cadre des accords d'Abraham.",
            {("XS", P)},
        ),
        (
            "Les accords d'Abraham font débat. Le Somaliland ne veut pas s'inscrire dans la dynamique des accords.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Somalilandia quiere inscribirse en la dinámica de los Acuerdos de Abraham.",
            {("XS", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Somaliland wants to join the momentum of the Abraham Accords.",
            {("XS", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fit_into_the_dynamic(language, text, expected):
    check_case(language, text, expected)
