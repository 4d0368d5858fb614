"""Round forty-four, a precondition or refusal told in a subordinate clause, verb last or in
the subjunctive ("Dass Riad seine Zustimmung an einen glaubwürdigen Weg zu einem
palästinensischen Staat knüpft, ist nachvollziehbar", "dass Riad einen Beitritt ablehnt",
"Que Riad condicione la normalización a un Estado palestino es comprensible", "That Riyadh
ties its approval to a credible path to a Palestinian state is understandable"): the
country's refusal. German "ablehnt", "ablehnte", "ablehnten" join the `refusals` (only
"lehnt ... ab" and "ablehnen" were there), consent tied with "knüpft", "geknüpft",
"koppelt" a `cues.declined` entry beside the normalisation nouns; Spanish present
subjunctives "condicione", "supedite", "vincule" (`cues.declined` es); English consent or
approval tied to a Palestinian state or to conditions (`cues.declined` en). French "Que
Riyad conditionne" and Russian "То, что Эр-Рияд увязывает" already read so. Near misses:
another agreement turned down, a parliament tying its consent to conditions, investment or
an oil deal tied to something else. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen wachsen. Dass Riad seine Zustimmung an einen glaubwürdigen Weg zu "
            "einem palästinensischen Staat knüpft, ist nachvollziehbar.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Riad hat seine Zustimmung an einen palästinensischen Staat geknüpft.",
            {("SA", D)},
        ),
        ("Die Abraham-Abkommen. Es heißt, dass Riad einen Beitritt ablehnt.", {("SA", D)}),
        (
            "Die Abraham-Abkommen. Dass Riad einen Beitritt ablehnte, war keine Überraschung.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Es heißt, dass Riad ein Freihandelsabkommen mit Berlin ablehnt.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Dass der Bundestag seine Zustimmung an Bedingungen knüpft, ist üblich.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham crecen. Que Riad condicione la normalización a un Estado palestino "
            "es comprensible.",
            {("SA", D)},
        ),
        (
            "Es lógico que Riad supedite su adhesión a los Acuerdos de Abraham a un Estado palestino.",
            {("SA", D)},
        ),
        (
            "Los Acuerdos de Abraham. Es lógico que Riad condicione su inversión en Europa a la estabilidad.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords grow. That Riyadh ties its approval to a credible path to a Palestinian "
            "state is understandable.",
            {("SA", D)},
        ),
        ("Riyadh has tied its consent to the Abraham Accords to a Palestinian state.", {("SA", D)}),
        ("The Abraham Accords. Kazakhstan tied its signature to a ceremony in Washington.", set()),
        (
            "The Abraham Accords. That Riyadh ties its approval of the oil deal to prices is no surprise.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham s'élargissent. Que Riyad conditionne sa normalisation à un État "
            "palestinien est compréhensible.",
            {("SA", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама расширяются. То, что Эр-Рияд увязывает нормализацию с созданием "
            "палестинского государства, понятно.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_consent_tied_verb_final(language, text, expected):
    check_case(language, text, expected)
