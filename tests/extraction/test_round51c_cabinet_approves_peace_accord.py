"""Round fifty-one, a government approving its peace accord with Israel ("The UAE cabinet
approved the peace accord with Israel on October 19, 2020", "מועצת השרים של איחוד האמירויות
מאשרת את הסכם השלום עם ישראל"): cabinet or parliament approval is a ratification (the labelling
rules). English read "approved the agreement" and "the peace treaty" but not "the peace accord",
"the peace agreement" or "the accord with Israel"; Hebrew had no approval cue at all, only
"אשרור" and the opening of an embassy (`cues` ratified, en he). Near misses: Israel's own
approval of the accord with a member ("The Knesset approved the peace agreement with the UAE",
"הכנסת אישרה את הסכם השלום עם איחוד האמירויות") is the founder's step, no claim for the partner;
approving something else (a budget, a trade deal) gives nothing. French, Spanish, German,
Russian, Turkish and Arabic already read the approval of the accord or treaty. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import challenge_params, found_dated

R = "ratified"

CASES = {
    "en": [
        (
            "The UAE cabinet approved the peace accord with Israel on October 19, 2020.",
            {("AE", R, "2020-10-19")},
        ),
        ("Bahrain's cabinet approved the peace agreement with Israel.", {("BH", R, None)}),
        ("The UAE cabinet approves the peace accord with Israel.", {("AE", R, None)}),
        ("The Knesset approved the peace agreement with the UAE.", set()),
        ("The Knesset approved the peace accord with the UAE on October 15, 2020.", set()),
        ("The UAE cabinet approved the federal budget on October 19, 2020.", set()),
    ],
    "he": [
        (
            "19 באוקטובר 2020 – מועצת השרים של איחוד האמירויות מאשרת את הסכם השלום עם ישראל.",
            {("AE", R, "2020-10-19")},
        ),
        ("ממשלת איחוד האמירויות אישרה את הסכם השלום עם ישראל.", {("AE", R, None)}),
        ("הכנסת אישרה את הסכם השלום עם איחוד האמירויות.", set()),
        ("ממשלת איחוד האמירויות אישרה את התקציב.", set()),
    ],
    "fr": [
        ("Le gouvernement émirien a approuvé l'accord de paix avec Israël.", {("AE", R, None)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_cabinet_approves_peace_accord(language, text, expected):
    assert found_dated(text, language, {"AE", "BH"}) == expected
