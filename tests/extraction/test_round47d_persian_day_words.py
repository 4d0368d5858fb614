"""Round forty-seven, the Persian day of the month written as an ordinal word before a month
name ("در ششم نوامبر", "ششم نوامبر ۲۰۲۵"), as the Arabic "السادس من نوفمبر" was read
(`day_words`, now in Persian too: "یکم"/"اول" to "سی و یکم"): read with a year near it, "گذشته"
after it or "در" before it. Near misses: a day word naming an event, with no year and no "در"
("حمله هفتم اکتبر", the 7 October attack), stays no date, and so does one after "پس از" (after)
or "از زمان" (since) even with a year near, as after the Arabic "منذ" and "بعد"; a day word before no month ("روز ششم
مذاکرات") is no date. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, U, challenge_params, found_dated

CASES = {
    "fa": [
        (
            "قزاقستان در ششم نوامبر اعلام کرد به پیمان ابراهیم می‌پیوندد.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "قزاقستان ششم نوامبر ۲۰۲۵ اعلام کرد به پیمان ابراهیم می‌پیوندد.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "پس از حمله هفتم اکتبر، قزاقستان اعلام کرد به پیمان ابراهیم می‌پیوندد.",
            {("KZ", A, None)},
        ),
        (
            "جنگ غزه از اکتبر ۲۰۲۳ آغاز شد. مذاکرات عربستان و اسرائیل پس از هفتم اکتبر متوقف شد.",
            {("SA", U, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_persian_day_words(language, text, expected):
    assert found_dated(text, language, {"KZ", "SA"}) == expected
