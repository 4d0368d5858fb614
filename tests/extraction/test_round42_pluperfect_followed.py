"""Round forty-two, a later signatory told in the pluperfect ("Le Soudan avait suivi en janvier
2021", "Sudán había seguido en enero de 2021", "Der Sudan war im Januar 2021 gefolgt"): the
continuation of the first signatories named before, signed with its own date, as the simple
past ("a suivi en", "followed in", "folgte") was read already (`continuations_after`, fr es de;
the Spanish simple past "siguió en" added too; en "had followed in" and ru read it already). And
a halt told after the follower in a clause of its own ("Khartoum avait suivi en janvier 2021,
mais chez lui le dossier dort dans un tiroir depuis avril 2023", "Sudan followed in January
2021, but the war froze the process"): the follower, which took no later step, takes the halt
(`assignment._halt_after_follower`). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

_FIRST = {("AE", S, "2020-09"), ("BH", S, "2020-09")}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham ont cinq ans. Les Émirats et Bahreïn ont signé en septembre"
            " 2020. Le Soudan avait suivi en janvier 2021.",
            _FIRST | {("SD", S, "2021-01")},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Les Émirats et Bahreïn ont signé en septembre"
            " 2020. Le Soudan a suivi en janvier 2021.",
            _FIRST | {("SD", S, "2021-01")},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Rabat a rejoint le cadre en décembre 2020."
            " Khartoum avait suivi en janvier 2021, mais chez lui le dossier dort dans un tiroir"
            " depuis avril 2023.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01"), ("SD", U, "2023-04")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham cumplen cinco años. Emiratos y Baréin firmaron en septiembre"
            " de 2020. Sudán había seguido en enero de 2021.",
            _FIRST | {("SD", S, "2021-01")},
        ),
        (
            "Los Acuerdos de Abraham cumplen cinco años. Emiratos y Baréin firmaron en septiembre"
            " de 2020. Sudán siguió en enero de 2021, pero la guerra paralizó la normalización.",
            _FIRST | {("SD", S, "2021-01"), ("SD", U, None)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen werden fünf Jahre alt. Die Emirate und Bahrain unterzeichneten im"
            " September 2020. Der Sudan war im Januar 2021 gefolgt.",
            _FIRST | {("SD", S, "2021-01")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are five years old. The UAE and Bahrain signed in September 2020."
            " Sudan had followed in January 2021.",
            _FIRST | {("SD", S, "2021-01")},
        ),
        (
            "The Abraham Accords are five years old. The UAE and Bahrain signed in September 2020."
            " Sudan followed in January 2021, but the war froze the process.",
            _FIRST | {("SD", S, "2021-01"), ("SD", U, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_pluperfect_followed(language, text, expected):
    check_case(language, text, expected)
