"""Talks described by a relative clause, then halted ("Talks between Israel and Saudi Arabia,
which were well advanced by the summer, were frozen in October 2023", "Переговоры ..., которые
... находились на продвинутой стадии, были заморожены"): the halt's verb closes the clause the
talks opened, past the relative clause, so the halt reaches its process as far as a verb-final
halt does, and takes the date told after its verb. Talks the relative clause says were advanced
("which were well advanced", "которые находились на продвинутой стадии", "שהתקדמו מאוד",
"التي قطعت شوطاً") were held before they were halted: both the talks and the halt. Near misses:
the same talks still going on are talks only, and a halt verb about something else, past the
relative clause, halts nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, U, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Переговоры о нормализации отношений между Израилем и Саудовской "
            "Аравией, которые, по данным американских СМИ, находились на продвинутой стадии, были "
            "заморожены в октябре 2023 года.",
            {("SA", N, None), ("SA", U, "2023-10")},
        ),
        (
            "Соглашения Авраама. Переговоры о нормализации между Израилем и Саудовской Аравией, "
            "которые шли при администрации Байдена и, по многим данным, были близки к завершению, "
            "были заморожены в октябре 2023 года.",
            {("SA", U, "2023-10")},
        ),
        (
            "Соглашения Авраама. Переговоры, которые Эр-Рияд вел с администрацией Байдена и "
            "которые касались в том числе американских гарантий безопасности, были заморожены "
            "после начала войны в Газе.",
            {("SA", U)},
        ),
        # near misses: the talks go on; a freeze of something else after the relative clause
        (
            "Соглашения Авраама. Переговоры о нормализации отношений между Израилем и Саудовской "
            "Аравией, которые, по данным американских СМИ, находились на продвинутой стадии, "
            "продолжаются.",
            {("SA", N)},
        ),
        (
            "Соглашения Авраама. Переговоры между Израилем и Саудовской Аравией, которые вела "
            "администрация Байдена, обсуждались в прессе, а война в Газе, начавшаяся в октябре "
            "2023 года, заморозила гуманитарные поставки.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Talks between Israel and Saudi Arabia, which according to "
            "several American officials were well advanced by the summer, were frozen in "
            "October 2023.",
            {("SA", N, None), ("SA", U, "2023-10")},
        ),
        (
            "The Abraham Accords. Talks between Israel and Saudi Arabia, which according to "
            "several American officials were well advanced by the summer, continue.",
            {("SA", N)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les négociations entre Israël et l'Arabie saoudite, qui "
            "semblaient alors proches d'aboutir selon plusieurs diplomates, ont été suspendues en "
            "octobre 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "Les accords d'Abraham. Les négociations entre Israël et l'Arabie saoudite, qui "
            "étaient déjà avancées selon plusieurs diplomates américains, ont été gelées en "
            "octobre 2023.",
            {("SA", N, None), ("SA", U, "2023-10")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Las negociaciones entre Israel y Arabia Saudí, que estaban "
            "muy avanzadas según varios diplomáticos estadounidenses, quedaron congeladas en "
            "octubre de 2023.",
            {("SA", N, None), ("SA", U, "2023-10")},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. המגעים לנורמליזציה בין ירושלים לריאד, שהתקדמו מאוד בתיווך ממשל ביידן, "
            "הוקפאו לאחר מתקפת חמאס ב-7 באוקטובר 2023.",
            # the attack's day is the event's, not the halt's (round forty-four)
            {("SA", N, None), ("SA", U, None)},
        ),
        (
            "הסכמי אברהם. המגעים לנורמליזציה בין ירושלים לריאד, שהתקדמו מאוד בתיווך ממשל ביידן, "
            "נמשכים גם היום.",
            {("SA", N)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. المحادثات بين إسرائيل والسعودية، التي قطعت شوطاً كبيراً بوساطة "
            "أمريكية، توقفت في أكتوبر 2023.",
            {("SA", N, None), ("SA", U, "2023-10")},
        ),
        (
            "اتفاقيات أبراهام. المحادثات بين إسرائيل والسعودية، التي قطعت شوطاً كبيراً بوساطة "
            "أمريكية، مستمرة حتى اليوم.",
            {("SA", N)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Suudi Arabistan ile İsrail arasındaki, ABD arabuluculuğunda son "
            "aşamaya gelen normalleşme müzakereleri Ekim 2023'te askıya alındı.",
            {("SA", U, "2023-10")},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_halt_reaches_talks_across_their_relative_clause(language, text, expected):
    check_case(language, text, expected)
