"""Round fifty-one, the present tense of a timeline entry or a headline in Hebrew ("23 באוקטובר
2020 – סודן מסכימה לנרמל את היחסים עם ישראל", "6 בינואר 2021 – סודן חותמת בחרטום על הצהרת הסכמי
אברהם", "11 בספטמבר 2020 – בחריין מודיעה כי תכונן יחסים מלאים עם ישראל"): Hebrew tells a dated
step of the past in the present participle, as English does with "agrees" and "signs". The
data file knew the past forms only, so "מסכימה לנרמל" was read by its infinitive alone as a
joining (signed for 2020), a signing in the present gave no date, and "תכונן יחסים מלאים" (will
establish full relations) gave nothing (`cues` announced and signed, he). Near misses: the same
verbs with another object (a trade deal, relations with Qatar or Turkey) give nothing. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found_dated

CASES = {
    "he": [
        (
            "23 באוקטובר 2020 – סודן מסכימה לנרמל את היחסים עם ישראל.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "10 בדצמבר 2020 – מרוקו מסכימה לכונן יחסים עם ישראל במסגרת הסכמי אברהם.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "11 בספטמבר 2020 – גם בחריין מודיעה כי תכונן יחסים מלאים עם ישראל.",
            {("BH", A, "2020-09-11")},
        ),
        (
            "6 בינואר 2021 – סודן חותמת בחרטום על הצהרת הסכמי אברהם.",
            {("SD", S, "2021-01-06")},
        ),
        ("6 בינואר 2021 – סודן חותמת על הצהרת הסכמי אברהם.", {("SD", S, "2021-01-06")}),
        ("סודן חותמת על הסכם סחר עם מצרים.", set()),
        ("בחריין מודיעה כי תכונן יחסים מלאים עם קטר.", set()),
        ("מצרים מסכימה לנרמל את היחסים עם טורקיה.", set()),
    ],
    "en": [
        (
            "23 October 2020 – Sudan agrees to normalise relations with Israel.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "6 January 2021 – Sudan signs the Abraham Accords declaration in Khartoum.",
            {("SD", S, "2021-01-06")},
        ),
    ],
}

KNOWN_MISSES = {}

DATED = {"SD", "MA", "BH"}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_timeline_present(language, text, expected):
    assert found_dated(text, language, DATED) == expected
