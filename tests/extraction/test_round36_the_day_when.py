"""Round thirty-six, Hebrew "היום שבו" (the day on which) is no "today": in "בעיר מדברים כבר שנים
על היום שבו ייפתח מעבר ..., אבל ריאד הודיעה שוב השבוע כי לא תצטרף" the noun with its relative
word was read as the publication day and dated the refusal after it. "היום שבו", "היום שבה",
"ליום שבו", "היום בו" now hold "היום" without being a day (`relative_blockers`), as Arabic "اليوم
التالي" and Hebrew "סדר היום" already did. Near misses: "today" said as such ("הודיעה היום")
still dates the step by the publication. Own sentences, written for these tests (published
2025-11-20)."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "he": [
        (
            "בעיר מדברים כבר שנים על היום שבו ייפתח מעבר יבשתי לסעודיה, אבל ריאד הודיעה שוב השבוע כי "
            "לא תצטרף להסכמי אברהם.",
            {("SA", D, None)},
        ),
        (
            "כולם מחכים ליום שבו עומאן תחתום, אבל מסקט הודיעה כי לא תצטרף להסכמי אברהם.",
            {("OM", D, None)},
        ),
        ("ערב הסעודית הודיעה היום כי לא תצטרף להסכמי אברהם.", {("SA", D, "2025-11-20")}),
    ],
    "ar": [
        (
            "يتحدث الناس منذ سنوات عن اليوم الذي سيفتح فيه معبر بري، لكن الرياض أعلنت مجددا هذا "
            "الأسبوع أنها لن تنضم إلى اتفاقيات أبراهام.",
            {("SA", D, None)},
        ),
        ("أعلنت الرياض اليوم أنها لن تنضم إلى اتفاقيات أبراهام.", {("SA", D, "2025-11-20")}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_the_day_when(language, text, expected):
    check_case(language, text, expected)
