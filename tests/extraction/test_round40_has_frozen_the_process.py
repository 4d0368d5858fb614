"""Round forty, a halt told with the perfect participle and "the process" as its object: "Sudan
... has frozen the process since ..." (English `suspended` cue "froze the process" now also
"frozen"; es fr de tr id read it already). Near misses: its signing in the relative clause stays
signed and dated; a capital as the subject ("Khartoum has frozen the normalization process").
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "Sudan, which signed the Abraham Accords in January 2021, has frozen the process since the war broke out.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "Abraham Accords. Khartoum has frozen the normalization process.",
            {("SD", U)},
        ),
    ],
    "es": [
        (
            "Sudán, que firmó los Acuerdos de Abraham en enero de 2021, ha congelado el proceso desde que estalló la guerra.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_has_frozen_the_process(language, text, expected):
    check_case(language, text, expected)
