"""Round thirty-two, four English and Spanish phrasings: "become part of the Abraham
Accords" reads as "be part of" (a refusal with "no plans to", a candidacy with "wants to");
Washington "nudging" or "steering" a country "to join" or "towards the accords" is a
candidacy; a country that "has tied any normalisation with Israel to" a condition declines
as things stand; and a span of time after "only" ("only hours after Israel recognised it",
"solo horas después de") is no condition. A first signatory that "formalised relations with
Israel" in 2020 is a member (an older step, "in 1992", none), and a country that "agreed to
come into the framework" or "aboard the accords" announced. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "en": [
        ("Pakistan said it had no plans to become part of the Abraham Accords.", {("PK", D)}),
        ("Saudi Arabia wants to become part of the Abraham Accords.", {("SA", P)}),
        ("Kazakhstan will become part of the Abraham Accords.", {("KZ", A)}),
        ("Washington is nudging Pakistan to join the Abraham Accords.", {("PK", P)}),
        (
            "The Abraham Accords were widened. Reports said Washington was nudging Islamabad "
            "towards the US-brokered framework.",
            {("PK", P)},
        ),
        ("Washington is steering Jakarta toward normalization with Israel.", {("ID", P)}),
        ("The Abraham Accords. Trump nudged Ankara toward the Gaza ceasefire.", set()),
        (
            "Saudi Arabia has tied any normalisation with Israel to a credible pathway to a "
            "Palestinian state.",
            {("SA", D)},
        ),
        ("The Abraham Accords. Egypt has tied its relations with Israel to the gas price.", set()),
        (
            "Somaliland intends to be part of the Abraham Accords, only hours after Israel "
            "granted it formal recognition.",
            {("XS", P)},
        ),
        (
            "Somaliland intends to be part of the Abraham Accords, but only after Israel grants "
            "it formal recognition.",
            {("XS", D)},
        ),
        (
            "The Emirates formalised relations with Israel in the White House ceremony of "
            "September 2020, and the two sides signed a trade pact in 2022.",
            {("AE", S, "2020-09")},
        ),
        ("Kazakhstan formalised relations with Israel in 1992.", set()),
        ("Astana agreed to come into the framework, but gave no date.", {("KZ", A)}),
        ("The Abraham Accords. Astana agreed to come aboard the accords.", {("KZ", A)}),
        ("The Abraham Accords. Astana agreed in November to come into the grain framework.", set()),
    ],
    "es": [
        (
            "Somalilandia quiere sumarse a los Acuerdos de Abraham, solo horas después de que "
            "Israel la reconociera.",
            {("XS", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_part_nudge_tie(language, text, expected):
    check_case(language, text, expected)
