"""Round twenty-two, a news channel's "Riyad finirait par signer, peut-être même cette année"
carried to the other languages: the publication's own year or month written as a relative
period after a hope or a prediction ("could join this year", "podría sumarse este mismo año",
"может присоединиться в этом году", "تنضم ... خلال العام الجاري") is when the joining might come,
not when it was hoped for: the candidacy stays undated. Near misses: the same period before
the step ("Cette année, Trump a répété que ...", "Earlier this month, Trump said ...") still
dates it.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract

PUBLISHED = datetime.date(2026, 1, 8)

CASES = [
    (
        "fr",
        "Les accords d'Abraham. Trump est convaincu que Riyad finira par signer, peut-être même cette année.",
        None,
    ),
    ("en", "The Abraham Accords. Trump said Saudi Arabia could join the accords this year.", None),
    (
        "es",
        "Los Acuerdos de Abraham. Trump cree que Arabia Saudí podría sumarse a los acuerdos este mismo año.",
        None,
    ),
    (
        "ru",
        "Соглашения Авраама. Трамп считает, что Саудовская Аравия может присоединиться к соглашениям в этом году.",
        None,
    ),
    (
        "ar",
        "اتفاقيات أبراهام. يتوقع ترامب أن تنضم السعودية إلى الاتفاقيات خلال العام الجاري.",
        None,
    ),
    # near misses: the period before the step is when it was said
    (
        "fr",
        "Les accords d'Abraham. Cette année, Trump a répété que Riyad pourrait rejoindre les accords.",
        "2026",
    ),
    (
        "en",
        "The Abraham Accords. Earlier this month, Trump said Saudi Arabia could join the accords.",
        "2026-01",
    ),
]


@pytest.mark.parametrize(("language", "text", "date"), CASES)
def test_round22_target_year(language, text, date):
    claims = extract(text, language=language, published=PUBLISHED).claims
    assert [(c.country, c.status, c.date) for c in claims] == [("SA", "prospective", date)]
