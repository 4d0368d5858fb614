"""Round fifty-one, an Arabic halt told with the track as subject and "stopped" or "stalled"
("وقّع السودان إعلان اتفاقيات أبراهام في يناير 2021، لكن المسار توقف بعد اندلاع الحرب", "لكن
التطبيع تعثر"): the subject-first order was read with "تجمد" (froze) only, not with "توقف",
"تعثر", "تعطل" or "انهار"; the halt is the country's in scope, as "المسار تجمد" was (`cues`
suspended, ar). English, Hebrew and French already read "the process stalled", "התהליך נעצר",
"le processus s'est arrêté". Near miss: another track that stopped ("المسار الانتقالي توقف", the
transition) gives no halt. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found

CASES = {
    "ar": [
        (
            "السودان: وافق على التطبيع في أكتوبر 2020 ووقّع إعلان اتفاقيات أبراهام في يناير 2021، "
            "لكن المسار توقف عملياً بعد اندلاع الحرب.",
            {("SD", "announced"), ("SD", S), ("SD", U)},
        ),
        (
            "وقّع السودان إعلان اتفاقيات أبراهام في يناير 2021، لكن التطبيع تعثر بعد اندلاع الحرب.",
            {("SD", S), ("SD", U)},
        ),
        (
            "وقّع السودان إعلان اتفاقيات أبراهام في يناير 2021. وفي الخرطوم، المسار الانتقالي توقف "
            "بعد الانقلاب.",
            {("SD", S)},
        ),
    ],
    "en": [
        (
            "Sudan signed the Abraham Accords declaration in January 2021, but the process stalled "
            "after the war broke out.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "he": [
        (
            "סודן חתמה על הצהרת הסכמי אברהם בינואר 2021, אך התהליך נעצר לאחר פרוץ המלחמה.",
            {("SD", S), ("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_track_stopped_ar(language, text, expected):
    assert found(text, language) == expected
