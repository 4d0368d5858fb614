"""The impersonal subject of a reported wish stands for the speaker's side, as "we" does:
German "man" ("Man wolle Teil der Abraham-Abkommen sein, sagte er gestern") and French "on"
("On veut faire partie des accords d'Abraham, a-t-il dit") are subject pronouns
(`pronouns`, de fr), read only in a sentence with no country of its own and one country in
scope (the leader's or the country's named in the sentence before). The other languages say
it with "we" (read before); Spanish drops the subject of "Queremos formar parte" altogether
(a strict xfail below). A "man" of others ("In Washington hofft man auf einen Beitritt") has
no step of its own to give, and a sentence naming its country keeps it."""

import pytest

from tests.extraction.found import P, U, found, found_dated

CROWN_PRINCE = {
    "de": "Kronprinz Mohammed bin Salman war im Weißen Haus zu Gast. ",
    "fr": "Le prince héritier Mohammed ben Salmane était reçu à la Maison Blanche. ",
    "es": "El príncipe heredero Mohamed bin Salmán visitó la Casa Blanca. ",
}

WISHES = [
    ("de", "Man wolle Teil der Abraham-Abkommen sein, sagte er gestern vor Journalisten."),
    ("de", "Man wolle durchaus dazugehören, betonte er mit Blick auf die Abraham-Abkommen."),
    ("fr", "On veut faire partie des accords d'Abraham, a-t-il dit mardi."),
]


@pytest.mark.parametrize("language,text", WISHES)
def test_the_impersonal_wish_is_the_speakers_country(language, text):
    assert ("SA", P) in found(CROWN_PRINCE[language] + text, language)


def test_the_reporting_day_dates_the_wish():
    text = CROWN_PRINCE["de"] + WISHES[0][1]
    assert ("SA", P, "2025-11-19") in {
        (c, s, str(d)) for c, s, *rest in found_dated(text, "de", {"SA"}) for d in rest
    }


@pytest.mark.parametrize(
    "language,text",
    [
        (
            "de",
            "Somalilands Präsident sprach am Sonntag. Man wolle den Abraham-Abkommen beitreten.",
        ),
        (
            "fr",
            "Le président du Somaliland s'est exprimé dimanche. On est prêt à signer les accords "
            "d'Abraham immédiatement, a-t-il affirmé.",
        ),
    ],
)
def test_the_territorys_wish(language, text):
    assert ("XS", P) in found(text, language)


@pytest.mark.parametrize(
    "language,text,absent",
    [
        # others' hope with "man": no step of the country in scope
        (
            "de",
            "Saudi-Arabien hat die Gespräche auf Eis gelegt. In Washington hofft man dennoch auf "
            "einen Beitritt zu den Abraham-Abkommen.",
            ("SA", P),
        ),
        # the sentence names its own country: the impersonal subject takes nothing from before
        (
            "de",
            CROWN_PRINCE["de"] + "Man wolle, dass Indonesien den Abraham-Abkommen beitrete, sagte "
            "er.",
            ("SA", P),
        ),
    ],
)
def test_controls(language, text, absent):
    assert absent not in found(text, language)


def test_the_halt_before_keeps_its_own_step():
    text = (
        "Saudi-Arabien hat die Gespräche auf Eis gelegt. In Washington hofft man dennoch auf "
        "einen Beitritt zu den Abraham-Abkommen."
    )
    assert ("SA", U) in found(text, "de")


@pytest.mark.xfail(
    strict=True,
    reason="Spanish drops the subject: a first person plural verb ('Queremos') is no pronoun",
)
def test_spanish_first_person_verb():
    text = CROWN_PRINCE["es"] + "Queremos formar parte de los Acuerdos de Abraham, dijo ayer."
    assert ("SA", P) in found(text, "es")
