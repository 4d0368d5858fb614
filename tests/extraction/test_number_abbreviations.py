"""Round thirty-two, the abbreviation of a number ("No.", "Nr.", "núm.") ends no sentence
before a number and ends it before anything else: in an interview, "A: No. Astana agreed last
November to join, ..." is the answer "No." and then a sentence of its own, whose joining is no
refusal. "No. 10 Downing Street" and "Nr. 5" stay one sentence. Own sentences, written for
these tests."""

import pytest

from accords.extraction.sentences import split_sentences
from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "en": [
        (
            "Q: Has Kazakhstan signed the Abraham Accords yet?\n\nA: No. Astana agreed in November to join, and the ceremony is still to come.",
            {("KZ", A)},
        ),
        (
            "He spoke outside No. 10 Downing Street. Kazakhstan joined the Abraham Accords in November.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_number_abbreviations(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(
    ("text", "numbered", "count"),
    [
        ("A: No. Astana agreed.", {"no"}, 2),
        ("He lives at No. 10 Downing Street.", {"no"}, 1),
        ("Er wohnt in der Hausnummer Nr. 5 am Markt.", {"nr"}, 1),
    ],
)
def test_number_abbreviation_sentences(text, numbered, count):
    assert len(split_sentences(text, numbered=frozenset(numbered))) == count
