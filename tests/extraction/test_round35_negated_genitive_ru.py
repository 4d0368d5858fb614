"""Round thirty-five, Russian refusals told with the genitive that a negation takes: "не
установит отношений с Израилем" (the cues had the accusative "отношения" only, which the
negated verb does not take), and a position not changed, "своей позиции не меняет", as "position
unchanged" is a refusal in French and English (`cues.declined`). Near misses: relations refused
with another country, and relations that were never set up, told as a fact of the past, give no
claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. Малайзия не установит отношений с Израилем, пока продолжается оккупация.",
            {("MY", D)},
        ),
        (
            "Соглашения Авраама снова в центре внимания. Премьер повторил, что Куала-Лумпур не будет устанавливать никаких отношений с Израилем.",
            {("MY", D)},
        ),
        (
            "Соглашения Авраама снова в центре внимания. Малайзия своей позиции тоже не меняет.",
            {("MY", D)},
        ),
        (
            "Соглашения Авраама снова в центре внимания. Малайзия не установит отношений с Ираном.",
            set(),
        ),
        (
            "Соглашения Авраама снова в центре внимания. Куала-Лумпур никогда не устанавливал отношений с Израилем.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_negated_genitive_ru(language, text, expected):
    check_case(language, text, expected)
