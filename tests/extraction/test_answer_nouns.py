"""Round thirty-two, a refusal told as the answer's noun: "Oman's answer is a firm no.",
"La réponse d'Oman est un non poli mais ferme", "La respuesta de Omán es un no rotundo"
(English "a polite no" was read already). The French noun counts where the clause ends or the
accords or a joining follow it. Near misses: a no to something else, "a no-brainer". Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords may grow again. Oman's answer is a firm no.", {("OM", D)}),
        (
            "The Abraham Accords may grow again. Is Oman in? The answer is a no-brainer, says an analyst.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. La réponse d'Oman est un non poli mais ferme.",
            {("OM", D)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. La réponse d'Oman reste un non catégorique.",
            {("OM", D)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. La réponse d'Oman est un non ferme à la taxe carbone.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven al debate. La respuesta de Omán es un no rotundo.",
            {("OM", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_answer_nouns(language, text, expected):
    check_case(language, text, expected)
