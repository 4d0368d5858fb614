"""Round thirty-one, spoken answers with no object: "said yes" (a joining decided), "saying no"
(a refusal) and "wants in" (a wish to join), as a speaker or a columnist says them with the
accords named before ("dijo que sí", "dice que no", "quiere entrar"; "a dit oui", "veut en
être"; French "dit non" was read already). The answer counts only where nothing follows it
or a date, a time word or the accords: "said no country would ..." and "said yes, the talks
would ..." are reporting, and "wants in on the AI boom", "quiere entrar en Gaza" or "voudrait
en être sûr" are other wishes. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords keep growing. Kazakhstan said yes back in November.", {("KZ", A)}),
        ("The Abraham Accords keep growing. Kazakhstan said yes in November.", {("KZ", A)}),
        (
            "The Abraham Accords keep growing. Jakarta has been saying no since September.",
            {("ID", D)},
        ),
        ("The Abraham Accords keep growing. Oman said no, for now.", {("OM", D)}),
        ("The Abraham Accords keep growing. Somaliland says it wants in.", {("XS", P)}),
        ("The Abraham Accords keep growing. Somaliland wants in on the accords.", {("XS", P)}),
        # near misses: the answer is followed by its own clause, or the wish by another object
        ("The Abraham Accords keep growing. Qatar said no country would be forced to join.", set()),
        ("The Abraham Accords keep growing. Oman said no decision had been made.", set()),
        (
            "The Abraham Accords keep growing. Egypt said yes, the talks would go on in Cairo.",
            set(),
        ),
        ("The Abraham Accords keep growing. Saudi Arabia wants in on the AI boom.", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham crecen. Kazajistán dijo que sí en noviembre.", {("KZ", A)}),
        ("Los Acuerdos de Abraham crecen. Yakarta dice que no desde septiembre.", {("ID", D)}),
        (
            "Los Acuerdos de Abraham crecen. Somalilandia quiere entrar desde que Israel la reconoció.",
            {("XS", P)},
        ),
        ("Los Acuerdos de Abraham crecen. Catar dijo que no había ninguna decisión.", set()),
        ("Los Acuerdos de Abraham crecen. Egipto quiere entrar en el mercado del gas.", set()),
    ],
    "fr": [
        ("Les accords d'Abraham s'élargissent. Le Kazakhstan a dit oui en novembre.", {("KZ", A)}),
        ("Les accords d'Abraham s'élargissent. Le Somaliland veut en être aussi.", {("XS", P)}),
        ("Les accords d'Abraham s'élargissent. Le Qatar voudrait en être sûr.", set()),
        ("Les accords d'Abraham s'élargissent. Le Maroc a dit oui, mais à la France.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_spoken_answers(language, text, expected):
    check_case(language, text, expected)
