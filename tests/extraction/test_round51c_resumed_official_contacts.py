"""Round fifty-one, a resumption of official contacts announced ("Morocco announced the
resumption of official contacts with Israel", "أعلنت الرباط ... استئناف الاتصالات الرسمية مع الدولة
العبرية", "הודיעה על חידוש המגעים הרשמיים עם ישראל", "a annoncé la reprise des contacts officiels
avec Israël", "anunció la reanudación de los contactos oficiales con Israel"): the announcement
of ties, as "the resumption of relations" already was; the data files knew contacts only in "the
resumption of official contacts and relations" (`cues` announced en ar he fr es). Near misses:
contacts resumed with another country (Iran) give nothing. Own sentences, written for these
tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import A, challenge_params

CASES = {
    "en": [
        ("Morocco announced the resumption of official contacts with Israel.", {("MA", A, None)}),
        ("Rabat announced it would resume official contacts with Israel.", {("MA", A, None)}),
        ("Morocco announced the resumption of official contacts with Iran.", set()),
    ],
    "ar": [
        (
            "الرباط - 23 ديسمبر 2020: أعلنت الرباط في العاشر من الشهر الجاري استئناف الاتصالات "
            "الرسمية مع الدولة العبرية.",
            {("MA", A, "2020-12-10")},
        ),
        ("أعلن المغرب استئناف الاتصالات الرسمية مع إسرائيل.", {("MA", A, None)}),
        ("أعلنت الرباط استئناف الاتصالات الرسمية مع إيران.", set()),
    ],
    "he": [
        ("מרוקו הודיעה על חידוש המגעים הרשמיים עם ישראל.", {("MA", A, None)}),
        ("מרוקו הודיעה על חידוש המגעים הרשמיים עם איראן.", set()),
    ],
    "fr": [
        ("Le Maroc a annoncé la reprise des contacts officiels avec Israël.", {("MA", A, None)})
    ],
    "es": [
        (
            "Marruecos anunció la reanudación de los contactos oficiales con Israel.",
            {("MA", A, None)},
        )
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_resumed_official_contacts(language, text, expected):
    claims = extract(text, language=language, published=datetime.date(2020, 12, 23)).claims
    assert {(c.country, c.status, c.date) for c in claims} == expected
