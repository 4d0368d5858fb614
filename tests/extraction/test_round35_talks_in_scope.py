"""Round thirty-five, talks told as a fact in a sentence naming no country ("The talks are well
advanced", "Talks on a text are well advanced", "Die Gespräche sind weit fortgeschritten", "Les
négociations sont bien avancées") are the one country in scope's, as a halt told so already was
(`claims._Scope.carrier`). Near misses: talks with someone else ("Talks with the IMF are well
advanced", "Die Gespräche mit dem IWF"), talks that could begin (a modal), and a sentence before
naming two countries (no one country in scope) give no talks. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import N, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Armenia is the top candidate. The talks are well advanced.",
            {("AM", P), ("AM", N)},
        ),
        (
            "The Abraham Accords. Armenia is the top candidate. Talks on a text are well advanced.",
            {("AM", P), ("AM", N)},
        ),
        (
            "The Abraham Accords. Armenia is the top candidate. Talks with the IMF are well advanced.",
            {("AM", P)},
        ),
        (
            "The Abraham Accords. Armenia is the top candidate. Talks could begin next year.",
            {("AM", P)},
        ),
        (
            "The Abraham Accords. Armenia and Oman are the top candidates. The talks are well advanced.",
            {("AM", P), ("OM", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Armenien gilt als Kandidat. Die Gespräche sind weit fortgeschritten.",
            {("AM", P), ("AM", N)},
        ),
        (
            "Die Abraham-Abkommen. Armenien gilt als Kandidat. Die Gespräche mit dem IWF sind weit fortgeschritten.",
            {("AM", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arménie est le candidat le plus discuté. Les négociations sont bien avancées.",
            {("AM", P), ("AM", N)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_in_scope(language, text, expected):
    check_case(language, text, expected)
