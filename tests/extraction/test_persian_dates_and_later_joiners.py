"""Persian and Turkish classes of news phrasing. A solar Hijri month ("آبان", the Persian
calendar's eighth) is read by no Gregorian pattern: "در آبان ماه گذشته" (last Aban) is not "last
month"; it gives the Gregorian year where that is certain ("آبان ۱۴۰۴", "آبان سال گذشته" and
"آبان ماه گذشته" counted from the publication), never a month, and nothing for Dey, which runs
across New Year (a day with its month is a Gregorian day since round forty-four:
`test_round44g_solar_hijri_days.py`); a lunar Hijri month ("15 جمادى الأولى 1447") gives nothing beside
the Gregorian date written with it. Joiners told after the first signatories with "after them"
or "later" ("و پس از آنها مراکش و سودان نیز به آن پیوستند", ", daha sonra Fas ve Sudan da
katıldı") came later than the first signatories' date. "گفته است" (has said) reports: Trump's
"will join" is his expectation. "کدام کشور بعدی خواهد بود" (which country will be next) asks,
and the country named before it takes no candidacy from it.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import A, P, S, challenge_params, check_case

DATED = [
    ("پیمان ابراهیم. قزاقستان در آبان ماه گذشته به پیمان ابراهیم پیوست.", "2026-01-10", "2025"),
    ("پیمان ابراهیم. قزاقستان در ۱۵ آبان ۱۴۰۴ به پیمان ابراهیم پیوست.", "2026-01-10", "2025-11-06"),
    (
        "پیمان ابراهیم. قزاقستان آبان سال گذشته پیوستن خود به پیمان ابراهیم را اعلام کرد.",
        "2026-04-15",
        "2025",
    ),
    ("پیمان ابراهیم. قزاقستان در دی ۱۴۰۴ به پیمان ابراهیم پیوست.", "2026-02-10", None),
    ("پیمان ابراهیم. قزاقستان ماه گذشته به پیمان ابراهیم پیوست.", "2025-12-10", "2025-11"),
    (
        "اتفاقيات أبراهام. أعلنت كازاخستان في 15 جمادى الأولى 1447 هـ الموافق 6 نوفمبر 2025 "
        "انضمامها إلى اتفاقيات أبراهام.",
        "2025-11-20",
        "2025-11-06",
    ),
]


@pytest.mark.parametrize(("text", "published", "date"), DATED)
def test_other_calendars_give_only_certain_gregorian_dates(text, published, date):
    language = "ar" if "اتفاقيات" in text else "fa"
    claims = extract(
        text, language=language, published=datetime.date.fromisoformat(published)
    ).claims
    assert [(c.country, c.status, c.date) for c in claims] == [("KZ", A, date)]


CASES = {
    "fa": [
        (
            "پیمان ابراهیم. امارات متحده عربی و بحرین در سپتامبر ۲۰۲۰ پیمان ابراهیم را امضا کردند "
            "و پس از آنها مراکش و سودان نیز به آن پیوستند.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "پیمان ابراهیم. دونالد ترامپ، رئیس‌جمهور آمریکا، بارها گفته است که عربستان سعودی «در "
            "زمان مناسب» به این پیمان خواهد پیوست.",
            {("SA", P)},
        ),
        (
            "پیمان ابراهیم. وزیر خارجه قزاقستان گفته است که کشورش به پیمان ابراهیم خواهد پیوست.",
            {("KZ", A)},
        ),
        (
            "پیمان ابراهیم. پیوستن قزاقستان به پیمان ابراهیم، بار دیگر این پرسش را مطرح کرده است که "
            "کدام کشور بعدی خواهد بود.",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. BAE ve Bahreyn anlaşmaları Eylül 2020'de imzaladı, daha sonra Fas "
            "ve Sudan da katıldı.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "İbrahim Anlaşmaları. BAE ve Bahreyn anlaşmaları Eylül 2020'de imzaladı, onların "
            "ardından Fas ve Sudan da katıldı.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_later_joiners_reported_expectations_and_questions(language, text, expected):
    check_case(language, text, expected)


# Malay and Indonesian "apabila" is "if" and "when": right after a year it tells when
WHEN = {
    "ms": [
        (
            "Perjanjian Abraham dimeterai pada 2020 apabila Emiriah Arab Bersatu dan Bahrain "
            "bersetuju menormalisasikan hubungan dengan Israel.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "id": [
        ("Abraham Accords. Indonesia akan bergabung apabila Palestina merdeka.", {("ID", P)}),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(WHEN, {}))
def test_a_condition_word_after_a_year_tells_when(language, text, expected):
    check_case(language, text, expected)
