"""A quote whose speaker is named after it, in a reporting clause that closes the
sentence: the speaker said every step of the quote, the one before its "but" too ("We
want to be part of the accords, but we also want a clear path to a two-state solution,"
the crown prince said: a candidacy and a refusal, as the labelling rules read "we want to
be part, but only if"; German "einen klaren Weg zu einer Zwei-Staaten-Lösung" wanted or
demanded is the refusal).  Quote marks are folded away, so the clause is told by the comma
before it, by a reporting verb next to the speaker and by nothing but a date or a place
after them.  Not a reporting clause that goes on to what was said ("Tajik officials said
the question was not on their agenda"), nor a founder as the speaker.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, check_case

CASES = [
    (
        "en",
        '"We want to join the Abraham Accords, but we need a clear path to a two-state solution," the Saudi foreign minister said on Monday.',
        {("SA", P), ("SA", D)},
    ),
    (
        "en",
        '"We would like to be part of the Abraham Accords, but we need a clear path to a two-state solution first," said the Saudi crown prince.',
        {("SA", P), ("SA", D)},
    ),
    (
        "fr",
        "« Nous voulons faire partie des accords d'Abraham, mais nous voulons aussi nous assurer d'un chemin clair vers une solution à deux États », a affirmé lundi le ministre saoudien.",
        {("SA", P), ("SA", D)},
    ),
    (
        "es",
        "«Queremos formar parte de los Acuerdos de Abraham, pero también queremos asegurarnos un camino claro hacia la solución de dos Estados», dijo el lunes el ministro saudí de Exteriores.",
        {("SA", P), ("SA", D)},
    ),
    (
        "de",
        "„Wir wollen Teil der Abraham-Abkommen sein, aber wir wollen auch einen klaren Weg zu einer Zwei-Staaten-Lösung“, sagte der saudische Kronprinz am Dienstag.",
        {("SA", P), ("SA", D)},
    ),
    (
        "de",
        "Saudi-Arabien will den Abraham-Abkommen beitreten, verlangt aber einen klaren Weg zu einer Zwei-Staaten-Lösung.",
        {("SA", P), ("SA", D)},
    ),
    # a path wanted by someone who is no country gives nothing
    (
        "de",
        "Die EU will einen Weg zu einer Zwei-Staaten-Lösung finden, sagte der Außenminister am Dienstag.",
        set(),
    ),
    # the reporting clause goes on to what was said: the step before it is not the speaker's
    (
        "en",
        "None of the four neighbours has shown interest in joining the Abraham Accords, and Tajik officials said the matter was closed.",
        set(),
    ),
    # a founder as the speaker says nothing of his own country
    (
        "en",
        '"We want more countries in the Abraham Accords, and we will get them," the US president said on Monday.',
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_speaker_after_a_quote_said_every_step_in_it(language, text, expected):
    check_case(language, text, expected)


def test_the_speaker_said_every_step_on_the_day_told_beside_him():
    from tests.extraction.found import found_dated

    text = (
        '"We want to be part of the Abraham Accords, but we need a clear path to a two-state '
        'solution," the Saudi crown prince said on Tuesday.'
    )
    assert found_dated(text, "en", {"SA"}) == {("SA", P, "2025-11-18"), ("SA", D, "2025-11-18")}
