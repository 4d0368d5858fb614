"""Round thirty-seven, the accords as the subject of "saw" with the members agreeing to normalise
("The Abraham Accords, brokered in 2020, saw the UAE, Bahrain, Morocco and Sudan agree to
normalise ties with Israel", "Les accords d'Abraham ont vu les Émirats et Bahreïn accepter de
normaliser leurs relations"): what the accords brought about, the members' membership (rule 2),
signed, not an agreement still to be signed (`cues.signed`, en, fr; Spanish "vieron a ... aceptar
normalizar" was already read so). Near misses: a country that "agreed to normalise" with no
accords seeing it stays announced, and a week that "saw" a country agree to talks gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords, brokered in 2020, saw the UAE, Bahrain, Morocco and Sudan agree to normalise ties with Israel.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        ("The Abraham Accords. The UAE agreed to normalise ties with Israel.", {("AE", A)}),
        ("The Abraham Accords. Last week saw Saudi Arabia agree to talks.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont vu les Émirats et Bahreïn accepter de normaliser leurs relations avec Israël.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Les accords d'Abraham. Les Émirats ont accepté de normaliser leurs relations avec Israël.",
            {("AE", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vieron a Emiratos y Baréin aceptar normalizar relaciones con Israel.",
            {("AE", S), ("BH", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_accords_saw_agree(language, text, expected):
    check_case(language, text, expected)
