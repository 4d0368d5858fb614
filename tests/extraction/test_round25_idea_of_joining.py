"""A joining told as an idea someone floats: "طرح البيت الأبيض فكرة انضمام أذربيجان", "عادت
فكرة انضمام السعودية إلى الواجهة", "floated the idea of Azerbaijan joining". The idea is
speculation, a candidacy, not the country's announcement. Near misses: a country that rejects
the idea keeps its refusal, and a country announcing its own joining is still announced.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "ar": [
        (
            "اتفاقيات أبراهام. طرح البيت الأبيض فكرة انضمام أذربيجان إلى الاتفاقيات.",
            {("AZ", P)},
        ),
        ("اتفاقيات أبراهام. عادت فكرة انضمام السعودية إلى الواجهة.", {("SA", P)}),
        ("اتفاقيات أبراهام. رفضت باكستان فكرة الانضمام إلى الاتفاقيات.", {("PK", D)}),
        ("اتفاقيات أبراهام. أعلنت أذربيجان انضمامها إلى الاتفاقيات.", {("AZ", A)}),
    ],
    "en": [
        (
            "Abraham Accords. The White House floated the idea of Azerbaijan joining the accords.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_idea_of_joining(language, text, expected):
    check_case(language, text, expected)
