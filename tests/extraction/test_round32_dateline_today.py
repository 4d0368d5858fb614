""" "KUALA LUMPUR, 3 Feb – Malaysia hari ini menegaskan ...", "KUALA LUMPUR, Feb 3 (Reuters) -
Malaysia said today ...", "АСТАНА, 3 февраля – Казахстан сегодня подтвердил ...": a relative day
in a sentence opened by a dateline with a day counts from the dateline's day, a few days before
the page's publication, not from the publication (`sentence._dateline_day`). Near misses: a
dateline of the publication day itself, and a dateline with no day, leave "today" the page's.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import numbered_params

PUBLISHED = datetime.date(2026, 2, 4)

CASES = {
    "ms": [
        (
            "KUALA LUMPUR, 3 Feb – Malaysia hari ini menegaskan tidak akan menyertai Perjanjian "
            "Abraham.",
            ("MY", "declined", "2026-02-03"),
        ),
        (
            "KUALA LUMPUR, 3 Feb – Malaysia semalam menegaskan tidak akan menyertai Perjanjian "
            "Abraham.",
            ("MY", "declined", "2026-02-02"),
        ),
    ],
    "en": [
        (
            "KUALA LUMPUR, Feb 3 (Reuters) - Malaysia said today it would not join the Abraham "
            "Accords.",
            ("MY", "declined", "2026-02-03"),
        ),
        (
            "KUALA LUMPUR, Feb 4 (Reuters) - Malaysia said today it would not join the Abraham "
            "Accords.",
            ("MY", "declined", "2026-02-04"),
        ),
        (
            "KUALA LUMPUR (Reuters) - Malaysia said today it would not join the Abraham Accords.",
            ("MY", "declined", "2026-02-04"),
        ),
    ],
    "ru": [
        (
            "АСТАНА, 3 февраля – Казахстан сегодня подтвердил присоединение к соглашениям Авраама.",
            ("KZ", "announced", "2026-02-03"),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "case"), numbered_params(CASES, KNOWN_MISSES))
def test_round32_dateline_today(language, case):
    text, (country, status, date) = case
    claims = extract(text, language=language, published=PUBLISHED).claims
    assert {(c.country, c.status, c.date) for c in claims} == {(country, status, date)}
