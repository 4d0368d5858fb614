"""Round thirty-five, a members' noun before a colon, with no country before it, names the group
that a joining told after the colon enters: "Le cercle des signataires s'est élargi : le
Kazakhstan a rejoint le groupe", "The circle of signatories has widened: Kazakhstan joined",
"El círculo de firmantes se ha ampliado: Kazajistán se sumó", "Der Kreis der Unterzeichner ist
gewachsen: Kasachstan trat ... bei" are the announcement alone, not a signing by Kazakhstan
beside it (`steps._group_before_colon`). Near misses: members after the colon with a signing of
their own keep it, and first signatories listed beside the joiner stay background members. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. Le cercle des signataires, lui, s'est élargi : le Kazakhstan a rejoint le groupe à l'automne dernier, aux côtés des Émirats arabes unis, de Bahreïn, du Maroc et du Soudan.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        (
            "Les accords d'Abraham font débat. Les signataires : les Émirats et Bahreïn ont rejoint les accords en 2020.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. The circle of signatories has widened: Kazakhstan joined the group last autumn.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords are in the news. The signatories: the UAE and Bahrain signed in 2020, and Kazakhstan joined later.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("KZ", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. El círculo de firmantes se ha ampliado: Kazajistán se sumó al grupo el otoño pasado.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder Thema. Der Kreis der Unterzeichner ist gewachsen: Kasachstan trat der Gruppe im Herbst bei.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_circle_widened(language, text, expected):
    check_case(language, text, expected)
