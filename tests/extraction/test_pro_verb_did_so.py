"""Round thirty-two, a later member told by a pro-verb and its own date takes the step of the
clause before ("while Sudan did so in January 2021", "mientras que Sudán lo hizo", "der Sudan tat
dies"), now also in French ("tandis que le Soudan l'a fait en janvier 2021") and Russian ("а
Судан сделал это в январе 2021 года") (`continuations_after`, with a word after the pro-verb
that a date or a time phrase opens). Near misses: "l'a fait savoir" (made it known) and "сделал
это заявление" (made this statement) are no pro-verbs. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Le Maroc les a rejoints la même année, tandis que le Soudan "
            "l'a fait en janvier 2021.",
            {("MA", S), ("SD", S, "2021-01")},
        ),
        (
            "Les accords d'Abraham. Le Maroc les a rejoints en 2020. L'Algérie l'a fait savoir: "
            "elle refuse.",
            {("MA", S)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Марокко присоединилось в том же году, а Судан сделал это в "
            "январе 2021 года.",
            {("MA", S), ("SD", S, "2021-01")},
        ),
        (
            "Соглашения Авраама. Марокко присоединилось в 2020 году. Алжир сделал это заявление "
            "в ответ.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Ese mismo año se sumó Marruecos, mientras que Sudán lo hizo "
            "en enero de 2021.",
            {("MA", S), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_pro_verb_did_so(language, text, expected):
    check_case(language, text, expected)
