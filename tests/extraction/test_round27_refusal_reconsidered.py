"""A refusal told as a noun that may be reconsidered: "Oman and Qatar might reconsider their
long-standing refusals", "le Qatar reconsidère son refus", "Omán podría reconsiderar su
negativa": the refusal stands until then, so it is the country's (declined). Near misses:
reconsidering opposition to something else (a tariff, a tax) and reconsidering a position
with no word of refusal give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        (
            "On the Abraham Accords, Oman and Qatar might then reconsider their long-standing refusals.",
            {("OM", D), ("QA", D)},
        ),
        ("On the Abraham Accords, Qatar could rethink its opposition.", {("QA", D)}),
        ("Oman reconsidered its opposition to the tariff on Qatari steel.", set()),
    ],
    "fr": [
        ("Sur les accords d'Abraham, le Qatar reconsidère son refus.", {("QA", D)}),
        ("Oman pourrait revoir son opposition à la taxe sur l'acier.", set()),
        ("Sur les accords d'Abraham, le Qatar pourrait revoir sa position.", set()),
    ],
    "es": [
        (
            "Sobre los Acuerdos de Abraham, Omán podría reconsiderar su negativa a normalizar.",
            {("OM", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_refusal_reconsidered(language, text, expected):
    check_case(language, text, expected)
