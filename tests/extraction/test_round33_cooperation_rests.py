"""Round thirty-three, German ties or normalisation that "rest" (ruhen) as a halt: "Seit Beginn
des Bürgerkriegs ruht die Zusammenarbeit vollständig", "Seit dem Krieg ruhen die Beziehungen
zwischen dem Sudan und Israel", with the verb before its subject as German main clauses put it.
Near misses: hope that "rests on" a country ("Die Hoffnung ruht auf Saudi-Arabien") and
cooperation said not to rest with the verb after its subject give no halt. A negation closing
the clause after the verb ("ruht ... keineswegs") is not read, as for "liegt ... auf Eis": a
strict known miss. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "de": [
        (
            "Der Sudan, der im Januar 2021 die Abraham-Abkommen unterschrieb, spielt keine Rolle mehr: "
            "Seit Beginn des Bürgerkriegs ruht die Zusammenarbeit mit Israel vollständig.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Die Abraham-Abkommen sind Thema. Seit dem Krieg ruhen die Beziehungen zwischen dem Sudan und Israel.",
            {("SD", U)},
        ),
        # near misses
        ("Die Abraham-Abkommen sind Thema. Die Hoffnung ruht auf Saudi-Arabien.", set()),
        (
            "Die Abraham-Abkommen sind Thema. Marokkos Zusammenarbeit mit Israel ruht nicht, sie wächst.",
            set(),
        ),
        (
            "Die Abraham-Abkommen sind Thema. In Marokko ruht die Zusammenarbeit mit Israel keineswegs.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {
    "de-5": "a negation closing a German main clause after the halt's words is not read "
    "(as for 'liegt ... keineswegs auf Eis')",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_cooperation_rests(language, text, expected):
    check_case(language, text, expected)
