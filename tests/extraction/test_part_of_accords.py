"""Round thirty-two, becoming part of the accords or taking a place in them is a joining, its
status told by what stands before it as for "join": "the American proposal that Azerbaijan
become part of the Abraham Accords" (others' proposal), "Somaliland was ready to take its place
in the Abraham Accords" (its wish), "Morocco took its seat in the accords in December 2020"
(done); "le Somaliland veut être partie aux accords", "prêt à prendre sa place dans les
accords". Said with a negation, a refusal: "will never be part of the Abraham Accords",
"la Tunisie ne sera jamais partie aux accords". Near misses: a part of something else, a
negation of another body. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Hargeisa has new friends. An adviser said Somaliland was ready to take its place in the Abraham Accords.",
            {("XS", P)},
        ),
        (
            "Baku is studying the American proposal that Azerbaijan become part of the Abraham Accords.",
            {("AZ", P)},
        ),
        (
            "The Abraham Accords have five members. Kazakhstan will become part of the Abraham Accords next month.",
            {("KZ", A)},
        ),
        ("Morocco took its seat in the accords in December 2020.", {("MA", S, "2020-12")}),
        ("Pakistan will never be part of the Abraham Accords.", {("PK", D)}),
        ("Pakistan will not become a party to the Abraham Accords.", {("PK", D)}),
        # near misses: part of another thing; a place taken elsewhere
        (
            "The Abraham Accords are five years old. Azerbaijan will become part of the corridor project.",
            set(),
        ),
        (
            "The Abraham Accords are five years old. Morocco took its place in the World Cup semi-final.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. Le Somaliland veut être partie aux accords.",
            {("XS", P)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Le Somaliland est prêt à prendre sa place dans les accords.",
            {("XS", P)},
        ),
        (
            "Kaïs Saïed a rappelé que la Tunisie « ne sera jamais partie aux accords dits d'Abraham ».",
            {("TN", D)},
        ),
        # near miss: a party to another treaty
        (
            "Les accords d'Abraham reviennent dans le débat. La Tunisie ne sera jamais partie au traité de Rome.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_part_of_accords(language, text, expected):
    check_case(language, text, expected)
