""" "Hat vorhergesagt, dass Saudi-Arabien beitreten werde", "prédisait que", "ניבא ש",
"meramal": a prediction is others' speculation, so the joining it tells is prospective, in
every language that says it with its own verb (`modals`). Near misses: "as predicted" in a
clause of its own before a joining that happened leaves that joining announced.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "de": [
        (
            "Trump hat heute erneut vorhergesagt, dass Saudi-Arabien den Abraham-Abkommen beitreten "
            "werde.",
            {("SA", P)},
        ),
        (
            "Der Gesandte prophezeite, Saudi-Arabien werde den Abraham-Abkommen bald beitreten.",
            {("SA", P)},
        ),
        (
            "Analysten haben vorausgesagt, dass Aserbaidschan den Abraham-Abkommen beitritt.",
            {("AZ", P)},
        ),
        (
            "Wie vorhergesagt, ist Kasachstan den Abraham-Abkommen beigetreten.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Trump prédisait que l'Arabie saoudite rejoindrait les accords d'Abraham.",
            {("SA", P)},
        ),
    ],
    "he": [
        ("טראמפ ניבא שסעודיה תצטרף להסכמי אברהם.", {("SA", P)}),
    ],
    "ms": [
        ("Trump meramal Arab Saudi akan menyertai Perjanjian Abraham.", {("SA", P)}),
    ],
    "id": [
        ("Trump meramal Arab Saudi akan bergabung dengan Abraham Accords.", {("SA", P)}),
    ],
    "en": [
        ("Trump predicted that Saudi Arabia would join the Abraham Accords.", {("SA", P)}),
        ("As predicted, Kazakhstan has joined the Abraham Accords.", {("KZ", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_predicted(language, text, expected):
    check_case(language, text, expected)
