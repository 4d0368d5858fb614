"""Round forty-seven, a wish to join told in the present tense, as a chronology line or a report in
the historical present tells it ("Hargeisa expresa su deseo de entrar en el pacto", "Omán
manifiesta su deseo de formar parte de los acuerdos"), and with an adverb of immediacy between
the verb and its object ("expresa de inmediato su deseo de ...", "a exprimé immédiatement son
souhait de ..."): the Spanish cue had only the past ("expresó", "manifestó"), and the adverbs "de
inmediato", "inmediatamente", "acto seguido", "sin demora", French "immédiatement", "tout de suite",
"sans tarder" are skipped after a simple verb as "después" and "ensuite" were. "Manifiesta su
deseo de formar parte" had been read as an announced joining. Near misses: a wish to enter
another body ("su deseo de entrar en la Liga Árabe") or another pact ("el pacto de defensa") is no
candidacy, and the bare "el pacto" names the accords only in a text about them. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, S, U, challenge_params, found

ES = "Los Acuerdos de Abraham cumplen seis años. "
FR = "Les accords d'Abraham ont six ans. "

CASES = {
    "es": [
        (ES + "Somalilandia expresa de inmediato su deseo de entrar en el pacto.", {("XS", P)}),
        (ES + "Hargeisa expresa su deseo de entrar en el pacto.", {("XS", P)}),
        ("Omán manifiesta su deseo de formar parte de los acuerdos.", {("OM", P)}),
        ("Sudán congeló acto seguido sus contactos con Israel.", {("SD", U)}),
        ("Marruecos firmó inmediatamente la declaración conjunta.", {("MA", S)}),
        (ES + "Somalilandia expresa su deseo de entrar en la Liga Árabe.", set()),
        (ES + "Kazajistán expresa su deseo de entrar en el pacto de defensa.", set()),
        ("Somalilandia expresa su deseo de entrar en el pacto.", set()),
    ],
    "fr": [
        (
            FR + "Hargeisa exprime immédiatement son souhait de rejoindre les accords.",
            {("XS", P)},
        ),
        ("Le Soudan gela sans tarder la normalisation avec Israël.", {("SD", U)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_present_adverb(language, text, expected):
    assert found(text, language) == expected
