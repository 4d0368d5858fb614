"""Round fifty-one, the list of signatories growing ("La liste des signataires s'est allongée en
novembre : le Kazakhstan ...", "The list of signatories grew in November: Kazakhstan ..."): a
new member's joining, read as one ("joined": announced for a step still recent, as Kazakhstan's
of November 2025, signed for an older one), given to the country the clause after the colon
names. The signatory noun alone had made it a signing. French and English; Spanish and German
read the same sentences by the verb after the colon ("anunció que se sumaba", "trete bei").
Near misses: a list of guests growing gives nothing, and a list of signatories that names its
members ("comprend", "includes") keeps them as background signatories. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found_dated

FR = "Les accords d'Abraham ont été conclus en 2020. "
EN = "The Abraham Accords were concluded in 2020. "

CASES = {
    "fr": [
        (
            FR + "La liste des signataires s'est allongée en novembre : le Kazakhstan a dit qu'il "
            "suivait le mouvement.",
            {("KZ", A, "2025-11")},
        ),
        (
            FR + "Le cercle des signataires s'est élargi en novembre : le Kazakhstan a fait "
            "connaître sa décision.",
            {("KZ", A, "2025-11")},
        ),
        (
            FR + "La liste des invités s'est allongée en novembre : le Kazakhstan enverra son "
            "ministre.",
            set(),
        ),
        (
            FR + "La liste des signataires comprend les Émirats, Bahreïn, le Maroc et le Soudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "en": [
        (
            EN + "The list of signatories grew in November: Kazakhstan said it was coming on "
            "board.",
            {("KZ", A, "2025-11")},
        ),
        (
            EN + "The roster of signatories has expanded this month: Kazakhstan confirmed its "
            "decision.",
            {("KZ", A, "2025-11")},
        ),
        (EN + "The list of guests grew in November: Kazakhstan will send a minister.", set()),
        (
            EN + "The list of signatories includes the UAE, Bahrain, Morocco and Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_list_of_signatories_grew(language, text, expected):
    assert found_dated(text, language, {"KZ"}) == expected
