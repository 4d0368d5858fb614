"""Round thirty-five, second pass over the golden set's known misses: Arabic ties frozen told
with the object pronoun after "then" or "before" ("ثم جمدتها", "قبل أن تجمدها", after "أقامت
علاقات مع إسرائيل") are a halt, as the break so told ("ثم قطعتها", "قبل أن تقطعها") was an exit
and English "froze them" is (`cues`, suspended); the year after the verb is the freeze's, not
the year of the ties' start told before "then" (`sequence_openers`). Near misses: the same
verb with a pronoun for goods ("ثم جمدتها في المخازن", no ties) names no step; the bare
verb with no "then" or "before" opening it stays unread. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

CASES = {
    "ar": [
        (
            "أقامت موريتانيا علاقات مع إسرائيل عام 1999، قبل أن تجمدها في 2009.",
            {("MR", U, "2009")},
        ),
        (
            "أقامت موريتانيا علاقات مع إسرائيل عام 1999 ثم جمدتها عام 2009.",
            {("MR", U, "2009")},
        ),
        (
            "أقامت موريتانيا علاقات دبلوماسية مع إسرائيل ثم جمدتها بسبب الحرب.",
            {("MR", U)},
        ),
        (
            "اشترت موريتانيا القمح عام 2019 ثم جمدتها في المخازن.",
            set(),
        ),
        (
            "أقامت موريتانيا علاقات مع إسرائيل عام 1999 وتجمدها الحكومة اليوم.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_freeze_pronoun_after_then(language, text, expected):
    check_case(language, text, expected)
