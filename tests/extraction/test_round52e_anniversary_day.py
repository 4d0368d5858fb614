"""Round fifty-two, English older misses: a count of years back right before a relative day
("Five years ago on Monday, Morocco signed ...", "five years ago today", "vor fünf Jahren am
Montag", "пять лет назад в понедельник", "beş yıl önce pazartesi günü") makes the day an
anniversary: the step told happened years before it, and the day, resolved against the
publication, is no date of the step (new key `years_ago`, all twelve languages;
`dates._anniversary`). The step stays undated, as "five years ago" alone leaves it.
Near misses: a weekday with no count of years before it keeps its day; a comma or a full stop
after "ago" ends the count, so the day after it is the next clause's or sentence's own. Own
sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import challenge_params

PUBLISHED = datetime.date(2025, 12, 23)  # a Tuesday: "Monday" is 22 December 2025
MONDAY = "2025-12-22"

CASES = {
    "en": [
        (
            "Five years ago on Monday, Morocco signed a joint declaration under the Abraham "
            "Accords.",
            {("MA", "signed", None)},
        ),
        (
            "Five years ago today, Morocco signed a joint declaration under the Abraham Accords.",
            {("MA", "signed", None)},
        ),
        ("On Monday, Morocco signed the Abraham Accords.", {("MA", "signed", MONDAY)}),
        (
            "Oman signed nothing a year ago. On Monday, Morocco signed the Abraham Accords.",
            {("MA", "signed", MONDAY)},
        ),
    ],
    "fr": [
        (
            "Il y a cinq ans lundi, le Maroc signait les accords d'Abraham.",
            {("MA", "signed", None)},
        ),
        ("Lundi, le Maroc a signé les accords d'Abraham.", {("MA", "signed", MONDAY)}),
    ],
    "de": [
        (
            "Vor fünf Jahren am Montag unterzeichnete Marokko die Abraham-Abkommen.",
            {("MA", "signed", None)},
        ),
        ("Am Montag unterzeichnete Marokko die Abraham-Abkommen.", {("MA", "signed", MONDAY)}),
    ],
    "es": [
        (
            "Hace cinco años este lunes, Marruecos firmó los Acuerdos de Abraham.",
            {("MA", "signed", None)},
        ),
    ],
    "ru": [
        (
            "Пять лет назад в понедельник Марокко подписало Авраамовы соглашения.",
            {("MA", "signed", None)},
        ),
    ],
    "ar": [
        (
            "قبل خمس سنوات يوم الاثنين، وقع المغرب على اتفاقيات أبراهام.",
            {("MA", "signed", None)},
        ),
        ("وقع المغرب على اتفاقيات أبراهام يوم الاثنين.", {("MA", "signed", MONDAY)}),
    ],
    "he": [
        ("לפני חמש שנים ביום שני חתמה מרוקו על הסכמי אברהם.", {("MA", "signed", None)}),
        ("מרוקו חתמה ביום שני על הסכמי אברהם.", {("MA", "signed", MONDAY)}),
    ],
    "tr": [
        (
            "Beş yıl önce pazartesi günü Fas İbrahim Anlaşmalarını imzaladı.",
            {("MA", "signed", None)},
        ),
        ("Fas pazartesi günü İbrahim Anlaşmalarını imzaladı.", {("MA", "signed", MONDAY)}),
    ],
    "id": [
        (
            "Lima tahun yang lalu pada hari Senin, Maroko menandatangani Perjanjian Abraham.",
            {("MA", "signed", None)},
        ),
    ],
    "ms": [
        (
            "Lima tahun yang lalu pada hari Isnin, Maghribi menandatangani Perjanjian Abraham.",
            {("MA", "signed", None)},
        ),
    ],
    "fa": [
        ("پنج سال پیش در روز دوشنبه مراکش توافق ابراهیم را امضا کرد.", {("MA", "signed", None)}),
        ("مراکش روز دوشنبه توافق ابراهیم را امضا کرد.", {("MA", "signed", MONDAY)}),
    ],
    "kk": [
        (
            "Бес жыл бұрын дүйсенбіде Марокко Авраам келісімдеріне қол қойды.",
            {("MA", "signed", None)},
        ),
        ("Марокко дүйсенбіде Авраам келісімдеріне қол қойды.", {("MA", "signed", MONDAY)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_a_day_after_years_ago_is_an_anniversary(language, text, expected):
    claims = extract(text, language=language, published=PUBLISHED).claims
    assert {(c.country, c.status, c.date) for c in claims} == expected
