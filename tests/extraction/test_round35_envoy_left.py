"""Round thirty-five, a halt told as the envoy's departure: "the ambassador to Israel had left and
economic ties were severed", "Bahrain's ambassador has left the country", German "Bahrains
Botschafter in Israel ist abgereist" (suspended), beside the recalls read already ("hat seinen
Botschafter aus Israel abgezogen", "a rappelé son ambassadeur", "retiró a su embajador"). Near
misses: an ambassador who left for a summit, the ambassador to London leaving for a new post, an
ambassador in Berlin gone on holiday give no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Morocco's parliament said in November that the ambassador to Israel had left.",
            {("MA", U)},
        ),
        ("The Abraham Accords. Morocco's ambassador has left the country.", {("MA", U)}),
        ("The Abraham Accords. Morocco's ambassador had left for the summit.", set()),
        ("The Abraham Accords. Morocco's ambassador to London has left for a new post.", set()),
    ],
    "de": [
        ("Die Abraham-Abkommen. Marokkos Botschafter in Israel ist abgereist.", {("MA", U)}),
        ("Die Abraham-Abkommen. Marokko hat seinen Botschafter aus Israel abgezogen.", {("MA", U)}),
        (
            "Die Abraham-Abkommen. Marokkos Botschafter in Berlin ist in den Urlaub abgereist.",
            set(),
        ),
    ],
    "fr": [
        ("Les accords d'Abraham. Le Maroc a rappelé son ambassadeur en Israël.", {("MA", U)}),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Marruecos retiró a su embajador en Israel.", {("MA", U)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_envoy_left(language, text, expected):
    check_case(language, text, expected)
