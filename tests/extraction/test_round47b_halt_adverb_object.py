"""Round forty-seven, a halting verb whose object comes after one or two adverbs ("la guerra de
Gaza congeló entonces por completo esas negociaciones", "Jartum paralizó después en la práctica
sus contactos con Israel", "Riad congeló de inmediato las conversaciones"): Spanish puts the
adverbs between the verb and its object, and the halted talks are suspended as they are with the
object right after the verb; a demonstrative ("esas", "estas") may open the object. Near misses:
the same verb and adverbs halting something else ("congeló después por completo sus
exportaciones de fosfato") give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, found

ES = "Los Acuerdos de Abraham se firmaron en 2020. "

CASES = {
    "es": [
        (
            ES + "Un diplomático recordó que la guerra de Gaza congeló entonces por completo las "
            "conversaciones entre Arabia Saudita e Israel.",
            {("SA", U)},
        ),
        (ES + "Jartum paralizó después en la práctica sus contactos con Israel.", {("SD", U)}),
        (ES + "Riad congeló de inmediato las negociaciones con Israel.", {("SA", U)}),
        (ES + "Marruecos congeló después por completo sus exportaciones de fosfato.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_halt_adverb_object(language, text, expected):
    assert found(text, language) == expected
