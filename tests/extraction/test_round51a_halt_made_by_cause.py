"""A halt told as what a cause did to the process, with the process as the object ("la guerre
civile a depuis mis le processus soudanais en sommeil", "la guerre a réduit l'accord à l'état de
lettre morte", "the war has left that
commitment a dead letter", "der Krieg hat das Abkommen zu Makulatur gemacht"): the member's
participation is halted (`suspended`, rule 5), beside its signing. Before, only the process as the
subject ("l'accord est resté lettre morte", "es papel mojado") or the verb next to its noun ("a mis
le processus en sommeil") was read; Spanish "ha dejado aquel compromiso en papel mojado" stays a
strict xfail (see KNOWN_MISSES). Near misses: the same verbs with another object give no halt
("la guerre a mis le pays en ruine", "dejó a miles de personas sin hogar"). Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found

SD = {("SD", S), ("SD", U)}

CASES = {
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham en janvier 2021, même si la guerre civile a "
            "depuis mis le processus soudanais en sommeil.",
            SD,
        ),
        (
            "Le Soudan a signé les accords d'Abraham en janvier 2021, mais la guerre a réduit "
            "l'accord à l'état de lettre morte.",
            SD,
        ),
        (
            "Le Soudan a signé les accords d'Abraham en janvier 2021, mais la guerre a depuis mis "
            "le pays en ruine.",
            {("SD", S)},
        ),
    ],
    "es": [
        (
            "Sudán se adhirió a los Acuerdos de Abraham en enero de 2021, aunque la guerra ha "
            "dejado aquel compromiso en papel mojado.",
            SD,
        ),
        (
            "Sudán firmó los Acuerdos de Abraham en 2021, pero la guerra dejó el proceso en papel "
            "mojado.",
            SD,
        ),
        (
            "Sudán firmó los Acuerdos de Abraham en 2021, pero la guerra dejó a miles de personas "
            "sin hogar.",
            {("SD", S)},
        ),
    ],
    "en": [
        (
            "Sudan signed the Abraham Accords in January 2021, although the war has left that "
            "commitment a dead letter.",
            SD,
        ),
        (
            "Sudan signed the Abraham Accords in January 2021, although the war has left the "
            "country in ruins.",
            {("SD", S)},
        ),
    ],
    "de": [
        (
            "Sudan unterzeichnete die Abraham-Abkommen im Januar 2021, doch der Krieg hat das "
            "Abkommen zu Makulatur gemacht.",
            SD,
        ),
    ],
}

KNOWN_MISSES = {
    "es-1": "Spanish 'la guerra ha dejado aquel compromiso en papel mojado' is left out: a cue for "
    "it, after 'firmó en enero de 2021, aunque', took the clause's signing in a golden article "
    "whose label reads no halt there",
    "es-2": "as es-1: 'la guerra dejó el proceso en papel mojado' is not read",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_halt_made_by_cause(language, text, expected):
    assert found(text, language) == expected
