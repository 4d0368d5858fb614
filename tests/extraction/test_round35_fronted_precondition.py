"""Round thirty-five (a pass over the golden set's known misses): a precondition opening the
sentence and closed by a comma ("Without a Palestinian state, Saudi Arabia will not join", "Sin
un Estado palestino, Arabia Saudí no se sumará", "Sans État palestinien, l'Arabie saoudite ne
rejoindra pas", "Tanpa negara Palestin, Arab Saudi tidak akan menyertai") ends at that comma
even when it names the Palestinians: the country after it is the refusal's subject. The
Palestinians inside the precondition had kept it open to the sentence's end
(`assignment._subject_lists`), and a demonym right before the comma ("palestino, Arabia
Saudí") had joined the country after it into one list that the precondition took whole. With
no comma (German puts none after the phrase, Russian none before the subject: "Ohne einen
palästinensischen Staat wird Saudi-Arabien nicht beitreten", "Без палестинского государства
Саудовская Аравия не присоединится"), such a precondition ends before the first other country
after the Palestinians it names. Near
misses: another country inside the precondition before the comma may begin a list the comma
goes on with ("Without Saudi Arabia, Indonesia and Pakistan ..." stays unread), and a
precondition before a hope gives no refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Without a Palestinian state, Saudi Arabia will not join the Abraham Accords.",
            {("SA", D)},
        ),
        (
            "Without a state for the Palestinians, Oman will never join the Abraham Accords.",
            {("OM", D)},
        ),
        (
            "Without a Palestinian state Saudi Arabia will not join the Abraham Accords.",
            {("SA", D)},
        ),
        (
            "Without Saudi Arabia, Indonesia and Pakistan will not join the Abraham Accords.",
            set(),
        ),
        (
            "Without a Palestinian state and Saudi support, Oman will not join the Abraham "
            "Accords.",
            {("OM", D)},
        ),
        (
            "Without a Palestinian state, Saudi Arabia could join the Abraham Accords, "
            "Washington argues.",
            {("SA", P)},
        ),
    ],
    "de": [
        (
            "Ohne einen palästinensischen Staat wird Saudi-Arabien den Abraham-Abkommen nicht "
            "beitreten.",
            {("SA", D)},
        ),
        (
            "Ohne palästinensischen Staat tritt Saudi-Arabien den Abraham-Abkommen nicht bei.",
            {("SA", D)},
        ),
    ],
    "ru": [
        (
            "Без палестинского государства Саудовская Аравия не присоединится к Авраамовым "
            "соглашениям.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            "Sin un Estado palestino, Arabia Saudí no se sumará a los Acuerdos de Abraham.",
            {("SA", D)},
        ),
    ],
    "fr": [
        (
            "Sans État palestinien, l'Arabie saoudite ne rejoindra pas les accords d'Abraham.",
            {("SA", D)},
        ),
    ],
    "ms": [
        (
            "Tanpa negara Palestin, Arab Saudi tidak akan menyertai Perjanjian Abraham.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fronted_precondition(language, text, expected):
    check_case(language, text, expected)
