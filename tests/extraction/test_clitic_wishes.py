"""Round thirty-two, French wishes whose object is a clitic pointing back to the accords named
before: "le royaume souhaitait en faire partie", "le Liban veut y adhérer", "le Qatar souhaite
les rejoindre" are a wish (prospective), as the first person already was ("nous voulons en
faire partie"); "veut y adhérer" had been read as a joining decided. Negated, a refusal ("ne
veut pas en faire partie"). Near misses: "en" and "y" that point to no joining ("veut en être
sûr", "veut y aller"). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. Reçu à Washington, Mohammed ben Salmane a répété que le royaume saoudien souhaitait en faire partie.",
            {("SA", P)},
        ),
        ("Les accords d'Abraham reviennent dans le débat. Le Liban veut y adhérer.", {("LB", P)}),
        (
            "Les accords d'Abraham reviennent dans le débat. Le Qatar aimerait les rejoindre.",
            {("QA", P)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Le Qatar ne veut pas en faire partie.",
            {("QA", D)},
        ),
        # near misses: the clitic points to no joining
        (
            "Les accords d'Abraham reviennent dans le débat. Le Qatar voudrait en être sûr.",
            set(),
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Le Liban veut y aller doucement.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_clitic_wishes(language, text, expected):
    check_case(language, text, expected)
