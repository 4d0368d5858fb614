"""Round forty-three, a halt told as freezing "the process" with no noun of normalisation, then
the time or cause of the freeze ("סודן, שחתמה על ההצהרה בינואר 2021, הקפיאה את התהליך מאז פרוץ
מלחמת האזרחים", "السودان ... جمد المسار منذ اندلاع الحرب"): the country's halt, as the English
"froze the process" and the French "a gelé le processus" were read already; the signing before it
stays the country's, with its own date (suspended cues he ar; the time or cause word after "the
process" is part of the cue, so that a court freezing the proceedings against someone, or the
police closing a lane, gives nothing). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found_dated

SIGNED = ("SD", S, "2021-01")
HALTED = ("SD", U, None)

CASES = {
    "he": [
        (
            "הסכמי אברהם נדונו בוועדה. נציג המשרד השיב כי סודן, שחתמה על ההצהרה בינואר 2021, "
            "הקפיאה את התהליך מאז פרוץ מלחמת האזרחים.",
            {SIGNED, HALTED},
        ),
        (
            "הסכמי אברהם בני חמש. סודן חתמה בינואר 2021 והקפיאה את התהליך מאז פרוץ המלחמה.",
            {SIGNED, HALTED},
        ),
        ("הסכמי אברהם בני חמש. בית המשפט בסודן הקפיא את התהליך נגד העיתונאי.", set()),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام تكمل عامها الخامس. السودان، الذي وقع الإعلان في يناير 2021، جمد "
            "المسار منذ اندلاع الحرب.",
            {SIGNED, HALTED},
        ),
        (
            "اتفاقيات أبراهام تكمل عامها الخامس. السودان وقع في يناير 2021 ثم جمد المسار مع اندلاع الحرب.",
            {SIGNED, HALTED},
        ),
        (
            "اتفاقيات أبراهام تكمل عامها الخامس. جمد القضاء السوداني المسار القانوني ضد الصحفي.",
            set(),
        ),
        ("اتفاقيات أبراهام تكمل عامها الخامس. أوقفت الشرطة في الخرطوم المسار أمام المشاة.", set()),
    ],
    "en": [
        (
            "The Abraham Accords turn five. Sudan, which signed the declaration in January 2021, "
            "froze the process when the war broke out.",
            {SIGNED, HALTED},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont cinq ans. Le Soudan, qui a signé la déclaration en janvier "
            "2021, a gelé le processus depuis la guerre.",
            {SIGNED, HALTED},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_froze_the_process(language, text, expected):
    assert found_dated(text, language, {"SD"}) == expected
