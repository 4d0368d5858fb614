"""Round forty-five, a signatory's relationship with Israel told as gone into the deep freeze
("since the war started the relationship has basically gone into the deep freeze", French "la
relation est passée au congélateur"): its halt (suspended cues en fr), undated where the text
gives only the event that caused it. Near misses: a relationship with another country ("Its
relationship with Algeria went into the deep freeze") halts nothing of the accords, and the
halt's own month stays its date. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found_dated

SIGNED = ("SD", S, "2021")

CASES = {
    "en": [
        (
            "Sudan signed the Abraham Accords in 2021, but since the war started the relationship "
            "has basically gone into the deep freeze.",
            {SIGNED, ("SD", U, None)},
        ),
        (
            "Sudan signed the Abraham Accords in 2021. The relationship went into a deep freeze "
            "in April 2023.",
            {SIGNED, ("SD", U, "2023-04")},
        ),
        (
            "Morocco signed the Abraham Accords in 2020. Its relationship with Algeria went into "
            "the deep freeze years ago.",
            {("MA", S, "2020")},
        ),
    ],
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham en 2021, mais depuis le début de la guerre, "
            "la relation est passée au congélateur.",
            {SIGNED, ("SD", U, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_deep_freeze(language, text, expected):
    assert found_dated(text, language, {"SD", "MA"}) == expected
