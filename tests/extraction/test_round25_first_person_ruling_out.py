"""Ruling out and not ruling out in the first person, as interviews and quotes say it: "Я не
исключаю присоединения Азербайджана", "Мы не исключаем, что ...", "Einen Beitritt schließe
ich nicht aus", "Je n'exclus pas", "Nous n'excluons pas", "No descartamos que ...",
"жоққа шығармаймын", "dışlamıyorum" (German is not carried: see its known miss). The negated form is interest (a candidacy), as the
third person already was; without the negation the first person rules the step out. Near
misses: the plain first person ("Я исключаю присоединение", "schließe ich aus",
"Descartamos que", "жоққа шығарамын") is a refusal, never interest.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "ru": [
        ("Соглашения Авраама. Я не исключаю присоединения Азербайджана.", {("AZ", P)}),
        (
            "Соглашения Авраама. Мы не исключаем, что Азербайджан присоединится к соглашениям.",
            {("AZ", P)},
        ),
        (
            "Соглашения Авраама. — Я не исключаю, что мы увидим отдельные шаги, например присоединение "
            "Азербайджана.",
            {("AZ", P)},
        ),
        ("Соглашения Авраама. Я исключаю присоединение Азербайджана.", {("AZ", D)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Einen Beitritt Aserbaidschans schließe ich nicht aus.",
            {("AZ", P)},
        ),
        (
            "Die Abraham-Abkommen. Ich schließe einen Beitritt Aserbaidschans nicht aus.",
            {("AZ", P)},
        ),
        ("Die Abraham-Abkommen. Einen Beitritt Aserbaidschans schließe ich aus.", {("AZ", D)}),
    ],
    "fr": [
        ("Les accords d'Abraham. Je n'exclus pas une adhésion de l'Azerbaïdjan.", {("AZ", P)}),
        (
            "Les accords d'Abraham. Nous n'excluons pas que l'Azerbaïdjan rejoigne les accords.",
            {("AZ", P)},
        ),
    ],
    "es": [
        ("Los Acuerdos de Abraham. No descarto la adhesión de Azerbaiyán.", {("AZ", P)}),
        (
            "Los Acuerdos de Abraham. No descartamos que Azerbaiyán se sume a los acuerdos.",
            {("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham. Descartamos que Azerbaiyán se sume a los acuerdos.",
            {("AZ", D)},
        ),
    ],
    "en": [
        ("The Abraham Accords. I do not rule out Azerbaijan joining.", {("AZ", P)}),
    ],
    "kk": [
        ("Авраам келісімдері. Әзербайжанның қосылуын жоққа шығармаймын.", {("AZ", P)}),
        ("Авраам келісімдері. Әзербайжанның қосылуын жоққа шығарамын.", {("AZ", D)}),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Azerbaycan'ın katılımını dışlamıyorum.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {
    "de-1": "object first, the pronoun after the verb ('Einen Beitritt ... schließe ich nicht aus'): the "
    "split cue 'schließe ~ aus' keeps its refusal although 'nicht' stands before its tail; a cue "
    "'schließe ~ nicht aus' beside it turned the subject-first sentence into a refusal too",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_first_person_ruling_out(language, text, expected):
    check_case(language, text, expected)
