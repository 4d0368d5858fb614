"""Round thirty-seven, a claim told as one its source gets wrong: a viral or shared post that
"claims" a step, or a step "falsely" claimed ("A viral post claims that Saudi Arabia has signed",
"Posts shared thousands of times falsely claim", "Une publication virale affirme que", "affirme
à tort", "Ein viraler Beitrag behauptet", "Una publicación viral afirma que", "afirman
falsamente", "Unggahan viral menyebut", "Hantaran tular mendakwa", "Viral bir paylaşım ... iddia
etti", "В вирусном посте утверждается"): no claim from that sentence (a fact-check's subject), a
refusal said outright still counts, and unlike a denial nothing is remembered, so the true stance
told next stands (new key `false_claims`; en, fr, de, es, id, ms, tr, ru). Near misses: the same
claim from a minister, and the true stance after the false one. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. A viral post claims that Saudi Arabia has signed the Abraham Accords.",
            set(),
        ),
        (
            "The Abraham Accords. Posts shared thousands of times falsely claim that Saudi Arabia has signed the Abraham Accords. "
            "In fact, Saudi Arabia wants to join but only with a Palestinian state.",
            {("SA", P), ("SA", D)},
        ),
        (
            "The Abraham Accords. A viral post claims Pakistan will join; Pakistan said it will not join the accords.",
            {("PK", D)},
        ),
        (
            "The Abraham Accords. The minister claims that Saudi Arabia has signed the Abraham Accords.",
            {("SA", S)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Une publication virale affirme que l'Arabie saoudite a signé les accords d'Abraham.",
            set(),
        ),
        (
            "Les accords d'Abraham. Une publication partagée des milliers de fois affirme que Riyad a signé les accords.",
            set(),
        ),
        (
            "Les accords d'Abraham. Le ministre affirme que l'Arabie saoudite a signé les accords d'Abraham.",
            {("SA", S)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Ein viraler Beitrag behauptet, Saudi-Arabien habe die Abkommen unterzeichnet.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Der Minister behauptet, Saudi-Arabien habe die Abkommen unterzeichnet.",
            {("SA", S)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Una publicación viral afirma que Arabia Saudí firmó los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. El ministro afirma que Arabia Saudí firmó los Acuerdos de Abraham.",
            {("SA", S)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Unggahan viral menyebut Arab Saudi telah menandatangani Abraham Accords.",
            set(),
        ),
        (
            "Abraham Accords. Menteri menyebut Arab Saudi telah menandatangani Abraham Accords.",
            {("SA", S)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Hantaran tular mendakwa Arab Saudi telah menandatangani Perjanjian Abraham.",
            set(),
        ),
        (
            "Perjanjian Abraham. Menteri mendakwa Arab Saudi telah menandatangani Perjanjian Abraham.",
            {("SA", S)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Viral bir paylaşım, Suudi Arabistan'ın İbrahim Anlaşmaları'nı imzaladığını iddia etti.",
            set(),
        ),
        (
            "İbrahim Anlaşmaları. Bakan, Suudi Arabistan'ın İbrahim Anlaşmaları'nı imzaladığını söyledi.",
            {("SA", S)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. В вирусном посте утверждается, что Саудовская Аравия подписала Авраамовы соглашения.",
            set(),
        ),
        (
            "Авраамовы соглашения. В заявлении министра утверждается, что Саудовская Аравия подписала Авраамовы соглашения.",
            {("SA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_false_claims(language, text, expected):
    check_case(language, text, expected)
