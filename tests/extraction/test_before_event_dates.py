"""Round thirty-two, the day of an event that a sentence opens with "before" ("Before the Hamas
attack of October 7, 2023, talks ... were well advanced", "Vor dem Überfall der Hamas vom 7.
Oktober 2023 galten die Gespräche", "Antes del ataque de Hamás del 7 de octubre de 2023", "Avant
l'attaque du Hamas du 7 octobre 2023", "До нападения ХАМАС 7 октября 2023 года") is not the
date of the step told after it (`before_openers`). Near misses: a year after "before" ("До 2020
года", "avant la fin de 2020") and a later date of the step's own keep their dates. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import N, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Before the Hamas attack of October 7, 2023, talks between "
            "Riyadh and Israel were well advanced.",
            {("SA", N, None)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Vor dem Überfall der Hamas vom 7. Oktober 2023 galten die "
            "Gespräche zwischen Riad und Jerusalem als weit gediehen.",
            {("SA", N, None)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Antes del ataque de Hamás del 7 de octubre de 2023, las "
            "conversaciones entre Riad e Israel estaban muy avanzadas.",
            {("SA", N, None)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Avant l'attaque du Hamas du 7 octobre 2023, les pourparlers "
            "entre Riyad et Israël étaient bien avancés.",
            {("SA", N, None)},
        ),
        (
            "Les accords d'Abraham. Avant la fin de 2020, le Maroc a rejoint les accords.",
            {("MA", S, "2020")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. До нападения ХАМАС 7 октября 2023 года Саудовская Аравия вела "
            "переговоры с Израилем о нормализации.",
            {("SA", N, None)},
        ),
        (
            "Соглашения Авраама. До 2020 года ОАЭ не признавали Израиль, а 15 сентября 2020 года "
            "подписали соглашения.",
            {("AE", S, "2020-09-15")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_before_event_dates(language, text, expected):
    check_case(language, text, expected)
