"""Round thirty-five, talks told as a fact in a sentence naming no country ("The talks are well
advanced", "Talks on a text are well advanced", "Die Gespräche sind weit fortgeschritten", "Les
négociations sont bien avancées") are the one country in scope's, as a halt told so already was
(`claims._Scope.carrier`). Near misses: talks with someone else ("Talks with the IMF are well
advanced", "Die Gespräche mit dem IWF"), talks that could begin (a modal) or open only if a war
ends (a condition), and a sentence before
naming two countries (no one country in scope) give no talks. A founder named beside the country
in the sentence before ("Washington and Qatar held normalisation talks. Since October 2023 those
talks have been frozen") no longer keeps the halt from the country in scope: the founder may be who
"it" is, not whose talks they were. English "held normalisation talks" is now itself a talks cue, as German
"Normalisierungsgespräche" was ("froze its normalisation talks" stays a halt alone). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, P, U, challenge_params, check_case

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
            "The Abraham Accords. Armenia is the top candidate. Talks on normalisation can only open if the war ends.",
            {("AM", P)},
        ),
        (
            "The Abraham Accords. Armenia and Oman are the top candidates. The talks are well advanced.",
            {("AM", P), ("OM", P)},
        ),
        (
            "The Abraham Accords. Washington and Qatar held normalisation talks. Since October 2023 those talks have been frozen.",
            {("QA", N), ("QA", U)},
        ),
        (
            "The Abraham Accords. Qatar refused normalisation talks.",
            {("QA", D)},
        ),
        (
            "The Abraham Accords. Qatar froze its normalisation talks with Israel in October 2023.",
            {("QA", U)},
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
        (
            "Die Abraham-Abkommen. Vor dem Krieg hatten Washington und Riad über ein Paket verhandelt. Seit Oktober 2023 liegen diese Gespräche brach.",
            {("SA", N), ("SA", U)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arménie est le candidat le plus discuté. Les négociations sont bien avancées.",
            {("AM", P), ("AM", N)},
        ),
        (
            "Les accords d'Abraham. Avant la guerre, Washington et Doha négociaient une normalisation. Depuis octobre 2023, ces négociations sont gelées.",
            {("QA", N), ("QA", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_in_scope(language, text, expected):
    check_case(language, text, expected)
