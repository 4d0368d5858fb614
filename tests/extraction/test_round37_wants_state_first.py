"""Round thirty-seven, a country that "first wants" the Palestinians to have their own state
("L'Arabie saoudite veut d'abord que les Palestiniens aient leur propre pays", "Saudi Arabia
first wants the Palestinians to have their own state", "wants the Palestinians to have a state
first", "Saudi-Arabien will zuerst, dass die Palästinenser einen eigenen Staat bekommen",
"Arabia Saudí quiere primero que los palestinos tengan su propio Estado"): its precondition,
declined (rule 4; `cues.declined`, fr, en, de, es). Near misses: wanting something else first.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. L'Arabie saoudite veut d'abord que les Palestiniens aient leur propre pays, un État de Palestine.",
            {("SA", D)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite veut d'abord que les négociations commerciales aboutissent.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Saudi Arabia first wants the Palestinians to have their own state.",
            {("SA", D)},
        ),
        (
            "The Abraham Accords. Saudi Arabia wants the Palestinians to have a state first.",
            {("SA", D)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Saudi-Arabien will zuerst, dass die Palästinenser einen eigenen Staat bekommen.",
            {("SA", D)},
        ),
        ("Die Abraham-Abkommen. Saudi-Arabien will zuerst, dass die Ölpreise steigen.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Arabia Saudí quiere primero que los palestinos tengan su propio Estado.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wants_state_first(language, text, expected):
    check_case(language, text, expected)
