"""Round forty-five, a German separable verb's particle that is also a word for "after" ("Marokko
zog im Dezember nach, der Sudan im Januar 2021"): right before a comma (or a colon) it closes its
verb and compares no country after it, so the gapped, dated list after the comma takes the step
of the verb before, as it does after "folgte" (the German `comparisons` "nach"; "hieß es aus",
"teilte mit:" were read so for the partner words already). Near misses: "nach" before its own
country ("Nach Kasachstan könnte Aserbaidschan folgen") still names a precedent. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found_dated

OPENING = "Die Emirate und Bahrain unterzeichneten die Abraham-Abkommen im September 2020. "
FIRST = {("AE", S, "2020-09"), ("BH", S, "2020-09")}

CASES = {
    "de": [
        (
            OPENING + "Marokko zog im Dezember nach, der Sudan im Januar 2021.",
            FIRST | {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            OPENING + "Marokko zog im Dezember desselben Jahres nach, der Sudan im Januar 2021.",
            FIRST | {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            OPENING + "Marokko zog kurz darauf nach, der Sudan im Januar 2021.",
            FIRST | {("MA", S, None), ("SD", S, "2021-01")},
        ),
        (
            "Kasachstan trat den Abraham-Abkommen im November 2025 bei. Nach Kasachstan könnte "
            "Aserbaidschan folgen.",
            {("KZ", "announced", "2025-11"), ("AZ", "prospective", None)},
        ),
    ],
    "en": [
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020. Morocco followed "
            "soon after, Sudan in January 2021.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_particle_before_comma(language, text, expected):
    dated = {"AE", "BH", "MA", "SD", "KZ", "AZ"}
    assert found_dated(text, language, dated) == expected
