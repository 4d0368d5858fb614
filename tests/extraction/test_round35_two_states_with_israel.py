"""Round thirty-five, "the two states" after a sentence naming one country and Israel: "trade
between the Emirates and Israel ... Die beiden Staaten hatten ihre Beziehungen im September 2020
normalisiert" is the Emirates' step (Israel, the counterpart, takes none), as "the two countries"
after a sentence naming two countries was theirs already (de, en, fr, es). Near misses: the two
states signing a water deal (another agreement), and Somaliland and Israel, whose joint
declaration is their recognition, not the accords, give no claim. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import N, S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Der Handel zwischen Bahrain und Israel wächst. Die beiden Staaten hatten ihre Beziehungen im September 2020 normalisiert.",
            {("BH", S, "2020-09")},
        ),
        (
            "Die Abraham-Abkommen. Israel erkannte Somaliland an. Beide Seiten unterzeichneten eine gemeinsame Erklärung über diplomatische Beziehungen.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Bahrain and Israel trade a lot. The two countries normalised relations in September 2020.",
            {("BH", S, "2020-09")},
        ),
        (
            "The Abraham Accords. Oman and Israel trade a lot. The two countries are in normalisation talks.",
            {("OM", N)},
        ),
        (
            "The Abraham Accords. Oman and Israel trade a lot. The two countries signed a water deal in 2022.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Bahreïn et Israël commercent beaucoup. Les deux pays ont normalisé leurs relations en septembre 2020.",
            {("BH", S, "2020-09")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Baréin e Israel comercian mucho. Ambos países normalizaron sus relaciones en septiembre de 2020.",
            {("BH", S, "2020-09")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_two_states_with_israel(language, text, expected):
    check_case(language, text, expected)
