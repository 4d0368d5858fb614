"""A Hebrew month with "and" and its preposition glued before it ("ובינואר 2021", "ובספטמבר
2020", "ובנובמבר"), as a sentence going on from the one before writes it: the month is read
with its year, as "בינואר 2021" already was. Near misses: a word that only opens with the
same letters ("ובינתיים", meanwhile) is no month, and a month before a verb that tells no step
gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "he": [
        ("הסכמי אברהם. ובינואר 2021 חתמה סודן על ההסכמים.", {("SD", S, "2021-01")}),
        (
            "הסכמי אברהם. ובספטמבר 2020 חתמו איחוד האמירויות ובחריין על ההסכמים.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        ("הסכמי אברהם. ובנובמבר הודיעה קזחסטן כי תצטרף להסכמים.", {("KZ", A, "2025-11")}),
        ("הסכמי אברהם. ובינתיים קזחסטן הודיעה שתצטרף.", {("KZ", A, None)}),
        ("הסכמי אברהם. ומדצמבר 2020 מקיימת מרוקו יחסים מלאים עם ישראל.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_he_month_and(language, text, expected):
    check_case(language, text, expected)
