"""Round forty-three, a sequence word opening a sentence before a country that has a step of its
own ("Et puis le Kazakhstan a annoncé en novembre son adhésion", "Then Kazakhstan announced its
accession in November", "Y luego Kazajistán anunció ...", "Затем Казахстан ... объявил о своём
присоединении", "Kemudian Kazakhstan mengumumkan bergabung"): the country takes its own step, not
the signing of the sentence before handed on by the sequence word (which made it a 2025 signing;
`assignment._own_step_after`; German, Hebrew, Arabic and Turkish read it so already). Near misses:
a follower with no verb of its own ("Then Morocco, in December 2020") still takes the step before,
and so does a follower whose own words come after a comma. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

_SD = ("SD", S, "2021-01")
_KZ = ("KZ", A, "2025-11")

CASES = {
    "en": [
        (
            "Abraham Accords. Sudan signed in January 2021. Then Kazakhstan announced its accession"
            " in November.",
            {_SD, _KZ},
        ),
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020. Then Morocco, in"
            " December 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Le Soudan a signé en janvier 2021. Et puis le Kazakhstan a annoncé"
            " en novembre son adhésion, ce qui a surpris beaucoup de monde.",
            {_SD, _KZ},
        ),
        (
            "Les Émirats et Bahreïn ont signé les accords d'Abraham en septembre 2020. Puis le"
            " Maroc, en décembre 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Sudán firmó en enero de 2021. Y luego Kazajistán anunció en"
            " noviembre su adhesión.",
            {_SD, _KZ},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Судан подписал их в январе 2021 года. Затем Казахстан в ноябре"
            " объявил о своём присоединении.",
            {_SD, _KZ},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Sudan menandatangani pada Januari 2021. Kemudian Kazakhstan"
            " mengumumkan bergabung pada November.",
            {_SD, _KZ},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_sequence_own_step(language, text, expected):
    check_case(language, text, expected)
