"""Round fifty-one, a plan told as left unsaid ("the president did not mention any plan for
Indonesia to join", "Presiden tidak menyebut rencana Indonesia untuk bergabung", "no mencionó
ningún plan de Indonesia para sumarse", "n'a pas évoqué de projet d'adhésion") was read as the
country's refusal (the negation over the joining) or, with the accords named before, as a
candidacy: nobody refused or planned anything. New key `silences` in all twelve languages ("did
not mention", "made no mention of", "no mencionó", "n'a pas évoqué", "erwähnte keine",
"tidak menyebut", "tidak menyentuh", "söz etmedi", "اشاره‌ای نکرد", "لم يذكر", "לא הזכיר", "не
упомянул", "атап өтпеді"): a step after it in its clause, before a comma, is no claim. Near
misses: a refusal said outright after a clause break still counts; a relative clause after the
unmentioned country ("did not mention Pakistan, which Washington has been urging to join") and
one before the silence ("Kazakhstan, which agreed in November to join, did not raise the
issue") still tell their step. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, found

CASES = {
    "en": [
        (
            "The president did not mention the Abraham Accords or any plan for Indonesia to join.",
            set(),
        ),
        ("The statement made no mention of Saudi Arabia joining the Abraham Accords.", set()),
        (
            "The president did not mention the accords, but said Indonesia will not join the "
            "Abraham Accords before Palestine is free.",
            {("ID", D)},
        ),
        (
            "She did not mention Pakistan, which Washington has been urging to join the Abraham "
            "Accords.",
            {("PK", P)},
        ),
        (
            "Kazakhstan, which agreed in November to join the Abraham Accords, did not raise the "
            "issue at the summit.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "El presidente no mencionó los Acuerdos de Abraham ni ningún plan de Indonesia para "
            "sumarse.",
            set(),
        ),
        (
            "El comunicado no dijo nada sobre una adhesión de Arabia Saudí a los Acuerdos de "
            "Abraham.",
            set(),
        ),
    ],
    "fr": [
        (
            "Le président n'a pas évoqué de projet d'adhésion de l'Indonésie aux accords "
            "d'Abraham.",
            set(),
        ),
        (
            "Le Kazakhstan, qui a annoncé en novembre son adhésion aux accords d'Abraham, n'a pas "
            "évoqué le sujet pendant le sommet.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Presiden tidak menyebut Abraham Accords maupun rencana Indonesia untuk bergabung.",
            set(),
        ),
        (
            "Pidato itu sama sekali tidak menyinggung rencana Arab Saudi bergabung dengan Abraham "
            "Accords.",
            set(),
        ),
    ],
    "ms": [
        ("Presiden tidak menyebut rencana Indonesia untuk menyertai Perjanjian Abraham.", set()),
    ],
    "tr": [
        (
            "Cumhurbaşkanı, Endonezya'nın İbrahim Anlaşmaları'na katılma planından söz etmedi.",
            set(),
        ),
    ],
    "ru": [
        (
            "Президент не упомянул о планах Индонезии присоединиться к Авраамовым соглашениям.",
            set(),
        ),
    ],
    "de": [
        (
            "Der Präsident erwähnte keine Pläne Indonesiens, den Abraham-Abkommen beizutreten.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {
    "de-1": "the zu-infinitive stands after a comma, where the silence stops as before a relative clause",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_left_unsaid(language, text, expected):
    assert found(text, language) == expected
