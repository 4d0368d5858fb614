"""Round thirty-seven, relations with Israel said to exist "only once" a condition is met,
told with the relations as subject ("there will be relations with Israel only once a
Palestinian state exists", "diplomatic ties will come only after", "Diplomatische Beziehungen zu
Israel gibt es erst, wenn ...", "Beziehungen wird es erst geben, wenn", "il n'y aura de relations
avec Israël qu'une fois ...", "solo habrá relaciones con Israel cuando ..."): the country's
precondition, declined (rule 4; `cues.declined`, en, de, fr, es). Near misses: the same words
about trade or about relations of another kind, and relations that exist "only" on a small
scale. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Saudi Arabia sticks to its line: there will be relations with Israel only once a Palestinian state exists.",
            {("SA", D)},
        ),
        (
            "The Abraham Accords. Saudi Arabia says diplomatic ties with Israel will come only after a Palestinian state is created.",
            {("SA", D)},
        ),
        ("The Abraham Accords. Saudi Arabia says more trade will come only after the war.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Saudi-Arabien bleibt bei seiner Linie: Diplomatische Beziehungen zu Israel gibt es erst, wenn ein Weg zur palästinensischen Eigenstaatlichkeit vereinbart ist.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Für Saudi-Arabien gilt: Beziehungen zu Israel wird es erst geben, wenn ein palästinensischer Staat gegründet ist.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien: Beziehungen zu Israel gibt es nur in kleinem Rahmen.",
            set(),
        ),
        ("Die Abraham-Abkommen. Beziehungen zu Saudi-Arabien gibt es erst seit 2020.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arabie saoudite maintient sa ligne : il n'y aura de relations avec Israël qu'une fois un État palestinien créé.",
            {("SA", D)},
        ),
        (
            "Les accords d'Abraham. Pour l'Arabie saoudite, il n'y aura de normalisation que lorsque les Palestiniens auront un État.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Arabia Saudí mantiene su línea: solo habrá relaciones con Israel cuando exista un Estado palestino.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_relations_only_once(language, text, expected):
    check_case(language, text, expected)
