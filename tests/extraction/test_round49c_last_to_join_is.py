"""Round forty-nine, the newest member named after "the last country to have joined the accords
is": "Le dernier pays à avoir rallié les accords est le Kazakhstan, dont l'entrée a été annoncée
en novembre", "Le dernier pays à avoir rejoint les accords était le Soudan, en janvier 2021": a
joining.  "Le Kazakhstan est le dernier pays à avoir rejoint les accords" was read, and so were
English "The last country to join the accords is Kazakhstan" and Spanish "El último país en
sumarse a los acuerdos es Kazajistán"; in French "pays", one of the `generic_subjects` (its
plural reads the same), took the joining.  French (a `joined` cue that holds the noun, the
joining and the verb "est").
Near misses: the last country to join something else ("Le dernier pays à avoir rejoint l'OTAN
est la Suède") and a denied name ("... n'est pas l'Arabie saoudite") give nothing.  Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "fr": [
        (
            FR + "Le dernier pays à avoir rallié les accords est le Kazakhstan, dont l'entrée a "
            "été annoncée en novembre.",
            {("KZ", A)},
        ),
        (FR + "Le dernier pays à avoir rejoint les accords est le Kazakhstan.", {("KZ", A)}),
        (
            FR + "Le dernier pays à avoir rejoint les accords était le Soudan, en janvier 2021.",
            {("SD", S)},
        ),
        (FR + "Le dernier pays à avoir rejoint l'OTAN est la Suède.", set()),
        (FR + "Le dernier pays à avoir rejoint les accords n'est pas l'Arabie saoudite.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_last_to_join_is(language, text, expected):
    assert found(text, language) == expected
