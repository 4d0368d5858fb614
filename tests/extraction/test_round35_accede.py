"""Round thirty-five, "accede to" and "enter" the accords as joining verbs: "said it would accede
to the US-brokered accords", "announced that it would enter the pact" (announced), "acceded to
the accords" (a joining told as done: signed for a first signatory in 2020, announced
otherwise), and the same verb in French ("accéderait aux accords", "a accédé aux accords") and
Spanish ("accederá a los acuerdos", "accedió a los acuerdos"). Near misses: the verb with another
object ("accéder au marché", "accedió a negociar", "entered into force", "entered the market")
gives no claim, and a negation before it is a refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords grow. Kyrgyzstan said on Monday it would accede to the US-brokered accords.",
            {("KG", A)},
        ),
        (
            "The Abraham Accords grow. Mongolia announced last month that it would enter the pact.",
            {("MN", A)},
        ),
        (
            "The Abraham Accords grow. Mongolia acceded to the accords in the spring.",
            {("MN", A)},
        ),
        (
            "The Abraham Accords at five. Bahrain acceded to the accords in 2020.",
            {("BH", S)},
        ),
        (
            "The Abraham Accords grow. Kyrgyzstan will not accede to the accords while the war goes on.",
            {("KG", D)},
        ),
        (
            "The Abraham Accords grow. The new customs treaty between Kyrgyzstan and Mongolia entered into force.",
            set(),
        ),
        (
            "The Abraham Accords grow. Mongolian cashmere has entered the Kyrgyz market.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham s'élargissent. Le Kirghizistan a fait savoir qu'il accéderait aux accords.",
            {("KG", A)},
        ),
        (
            "Les accords d'Abraham s'élargissent. La Mongolie a accédé aux accords au printemps.",
            {("MN", A)},
        ),
        (
            "Les accords d'Abraham s'élargissent. La Mongolie veut accéder au marché kirghize.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham crecen. Kirguistán anunció que accederá a los acuerdos.",
            {("KG", A)},
        ),
        (
            "Los Acuerdos de Abraham crecen. Mongolia accedió a los acuerdos en primavera.",
            {("MN", A)},
        ),
        (
            "Los Acuerdos de Abraham crecen. Mongolia accedió a negociar un tratado aduanero con Kirguistán.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_accede(language, text, expected):
    check_case(language, text, expected)
