"""A step and its "only a matter of time" hedge joined by a dash standing for "is": the
joining is a prediction (prospective), not an announcement, in every language where the
hedge is written so ("Присоединение X — лишь вопрос времени", "X's joining – a matter of
time"). A dash that opens a speaker's clause or a hedge far behind the dash keeps the step."""

import pytest

from tests.extraction.found import A, P, found

PREDICTIONS = [
    ("ru", "Присоединение Азербайджана к соглашениям — лишь вопрос времени."),
    ("ru", "Азербайджан присоединится к соглашениям Авраама — это вопрос времени."),
    ("kk", "Әзірбайжанның Авраам келісімдеріне қосылуы – уақыт еншісіндегі мәселе."),
    ("kk", "Әзірбайжан Авраам келісімдеріне қосылады – бұл уақыт мәселесі."),
    ("de", "Aserbaidschan wird den Abraham-Abkommen beitreten – das ist nur eine Frage der Zeit."),
    (
        "de",
        "Aserbaidschan wird den Abraham-Abkommen beitreten – das ist nur noch eine Frage der Zeit.",
    ),
    ("en", "Azerbaijan will join the Abraham Accords — it is only a matter of time."),
    ("fr", "L'Azerbaïdjan rejoindra les accords d'Abraham — ce n'est qu'une question de temps."),
    ("es", "Azerbaiyán se unirá a los Acuerdos de Abraham — es solo cuestión de tiempo."),
    ("tr", "Azerbaycan İbrahim Anlaşmaları'na katılacak — bu sadece an meselesi."),
    ("ar", "ستنضم أذربيجان إلى اتفاقيات أبراهام — إنها مسألة وقت."),
    ("id", "Azerbaijan akan bergabung dengan Perjanjian Abraham — hanya soal waktu."),
    ("ms", "Azerbaijan akan menyertai Perjanjian Abraham — hanya soal masa."),
]


@pytest.mark.parametrize("language,text", PREDICTIONS)
def test_a_joining_a_dash_from_a_matter_of_time_is_a_prediction(language, text):
    assert found(text, language) == {("AZ", P)}


NEAR_MISSES = [
    # the dash opens the speaker's words, the hedge stands far behind it: the step stands
    (
        "ru",
        "Азербайджан присоединится к соглашениям Авраама — заявил на брифинге официальный "
        "представитель МИД, добавив, что это вопрос времени.",
        {("AZ", A)},
    ),
    # no hedge after the dash: an announcement with its date
    (
        "de",
        "Aserbaidschan wird den Abraham-Abkommen beitreten – das gab Baku am Montag bekannt.",
        {("AZ", A)},
    ),
    # a matter of time for another country's step behind the dash: each keeps its own
    (
        "en",
        "Kazakhstan will join the Abraham Accords — a ceremony is planned for next week.",
        {("KZ", A)},
    ),
]


@pytest.mark.parametrize("language,text,expected", NEAR_MISSES)
def test_a_dash_without_its_hedge_keeps_the_step(language, text, expected):
    assert found(text, language) == expected


def test_the_hedge_does_not_hide_the_candidacy_its_words_also_tell():
    # the hedge's longer form ("nur noch eine Frage der Zeit") holds the candidacy's cue too:
    # a hedge key longer than the cue would hide it
    text = (
        "Nach Ansicht von Analysten ist eine Normalisierung zwischen Israel und Saudi-Arabien "
        "nur noch eine Frage der Zeit."
    )
    assert found(text, "de") == {("SA", P)}
