"""Round thirty-five, a halt of another plan ("the sovereignty plan was taken off the table as part
of the understandings with Abu Dhabi") is no halt of the accords: Hebrew "תוכנית (החלת) הריבונות",
"תוכנית הסיפוח" are another matter (`off_topic`), as Arabic "خطط الضم" and the English and French
annexation plans already read. Near misses: normalisation with Abu Dhabi taken off the table, or
frozen by Riyadh, stays a halt. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

AE_HE = "איחוד האמירויות חתמה על הסכמי אברהם ב-2020. "

CASES = {
    "he": [
        (AE_HE + "תוכנית החלת הריבונות ירדה מהפרק כחלק מההבנות עם אבו דאבי.", {("AE", S)}),
        (AE_HE + "תוכנית הריבונות ירדה מהפרק.", {("AE", S)}),
        (AE_HE + "הנרמול עם אבו דאבי ירד מהפרק.", {("AE", S), ("AE", U)}),
        ("סעודיה הקפיאה את הנרמול עם ישראל.", {("SA", U)}),
    ],
    "en": [
        (
            "The UAE signed the Abraham Accords in 2020. The annexation plan was shelved as part of the "
            "understandings with Abu Dhabi.",
            {("AE", S)},
        ),
    ],
    "ar": [
        (
            "وقعت الإمارات اتفاقيات أبراهام عام 2020. وجمدت خطة الضم كجزء من التفاهمات مع أبوظبي.",
            {("AE", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_other_plan_shelved(language, text, expected):
    check_case(language, text, expected)
