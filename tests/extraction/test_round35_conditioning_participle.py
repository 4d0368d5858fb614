"""Round thirty-five, a precondition told with a present participle after a comma, the speaker a
leader of the country named before ("L'Indonésie avait tenu un discours comparable, son président
conditionnant toute reconnaissance d'Israël à celle d'un État palestinien"): French had the
finite "conditionne" only; English "conditioning any recognition of Israel on" and Spanish
"condicionando cualquier reconocimiento" already read it. Near misses: a participle conditioning
a delivery or an arms sale gives no refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. L'Indonésie avait tenu un discours comparable à l'ONU, son président conditionnant toute reconnaissance d'Israël à celle d'un État palestinien.",
            {("ID", D)},
        ),
        (
            "Les accords d'Abraham font débat. La Malaisie a durci le ton, subordonnant toute normalisation à la fin de l'occupation.",
            {("MY", D)},
        ),
        (
            "Les accords d'Abraham font débat. Le Maroc a signé un contrat, conditionnant toute livraison au paiement.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Indonesia struck a similar tone at the UN, its president conditioning any recognition of Israel on that of a Palestinian state.",
            {("ID", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Indonesia mantuvo un discurso similar en la ONU, con su presidente condicionando cualquier reconocimiento de Israel al de un Estado palestino.",
            {("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_conditioning_participle(language, text, expected):
    check_case(language, text, expected)
