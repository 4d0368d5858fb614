"""Round forty-seven, a candidate list opened by "other names that come up" ("Other names that
come up: Azerbaijan and Mauritania", "More names keep cropping up, among them ...", Hebrew "שמות
נוספים שעולים: אזרבייג'ן ומאוריטניה", "מדינות נוספות שמוזכרות: ..."): the names talked of as the
next to join, a candidacy for each (English and Hebrew `cues` prospective), as "other names
floated" and the French "autres noms qui reviennent" and Spanish "otros nombres que suenan"
already were; the Hebrew word for "more" or "other" stands in for the qualifier ("מדי פעם",
"כמועמדות") that bare "מדינות שעולות" (also "rising countries") needs. Near misses: names that
come up in another matter's talks ("שמות נוספים שעולים בשיחות על הסחר: טורקיה ומצרים") give
nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
HE = "הסכמי אברהם נחתמו ב-2020. "

CASES = {
    "en": [
        (EN + "Other names that come up: Azerbaijan and Mauritania.", {("AZ", P), ("MR", P)}),
        (
            EN + "More names keep cropping up, among them Azerbaijan, which sells oil to Israel, "
            "and Mauritania.",
            {("AZ", P), ("MR", P)},
        ),
    ],
    "he": [
        (HE + "שמות נוספים שעולים: אזרבייג'ן ומאוריטניה.", {("AZ", P), ("MR", P)}),
        (HE + "מדינות נוספות שמוזכרות: עומאן ומאוריטניה.", {("OM", P), ("MR", P)}),
        (HE + "שמות נוספים שעולים בשיחות על הסחר: טורקיה ומצרים.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_other_names(language, text, expected):
    assert found(text, language) == expected
