"""A country announcing the resumption or restoration of its relations (ties, official contacts)
with Israel ("Morocco announced the restoration of ties with Israel", "Марокко объявило о
восстановлении связей с Израилем", "أعلنت المملكة استئناف علاقاتها الرسمية مع الدولة العبرية",
"Fas, İsrail ile ilişkilerini yeniden başlatacağını açıkladı") is that country's announcement,
dated as the announcement. English, French, Spanish, German and Russian read the plain form
already; now the ties and contacts, an adjective before "with" and the noun of the announcement
are read too, and Arabic, Hebrew, Turkish, Indonesian, Malay, Persian and Kazakh gain the cue.
Near misses: relations restored with another country than Israel, trade ties, and talks resumed give
no announcement. Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import A, challenge_params, found

CASES = {
    "en": [
        ("Morocco announced the restoration of ties with Israel.", {("MA", A)}),
        ("Saudi Arabia announced the restoration of ties with Iran.", set()),
    ],
    "es": [
        ("Marruecos anunció el restablecimiento de relaciones con Israel.", {("MA", A)}),
        ("Arabia Saudí anunció el restablecimiento de relaciones con Irán.", set()),
    ],
    "ru": [
        ("Марокко объявило о восстановлении связей с Израилем.", {("MA", A)}),
        (
            "Рабат объявил о возобновлении официальных контактов с еврейским государством.",
            {("MA", A)},
        ),
        ("Саудовская Аравия объявила о восстановлении связей с Ираном.", set()),
        ("Марокко объявило о возобновлении переговоров с Израилем.", set()),
    ],
    "ar": [
        ("أعلن المغرب استئناف علاقاته الرسمية مع إسرائيل.", {("MA", A)}),
        (
            "أعلنت المملكة المغربية، في العاشر من ديسمبر، استئناف علاقاتها الرسمية مع الدولة العبرية.",
            {("MA", A)},
        ),
        ("وجاء إعلان الرباط استئناف اتصالاتها الرسمية مع تل أبيب بعد أيام.", {("MA", A)}),
        ("أعلنت السعودية استئناف علاقاتها الدبلوماسية مع إيران.", set()),
        ("أعلن المغرب استئناف العلاقات التجارية مع إسرائيل.", set()),
    ],
    "he": [
        ("מרוקו הודיעה על חידוש היחסים עם ישראל.", {("MA", A)}),
        ("סעודיה הודיעה על חידוש היחסים עם איראן.", set()),
    ],
    "tr": [
        ("Fas, İsrail ile ilişkilerini yeniden başlatacağını açıkladı.", {("MA", A)}),
        ("Suudi Arabistan, İran ile ilişkilerini yeniden başlatacağını açıkladı.", set()),
    ],
    "id": [
        ("Maroko mengumumkan pemulihan hubungan dengan Israel.", {("MA", A)}),
        ("Arab Saudi mengumumkan pemulihan hubungan dengan Iran.", set()),
    ],
    "ms": [
        ("Maghribi mengumumkan pemulihan hubungan dengan Israel.", {("MA", A)}),
        ("Arab Saudi mengumumkan pemulihan hubungan dengan Iran.", set()),
    ],
    "fa": [
        ("مراکش ازسرگیری روابط خود با اسرائیل را اعلام کرد.", {("MA", A)}),
        ("مراکش از از سرگیری روابط با اسرائیل خبر داد.", {("MA", A)}),
        ("عربستان از سرگیری روابط با ایران را اعلام کرد.", set()),
    ],
    "kk": [
        ("Марокко Израильмен қарым-қатынасты қалпына келтіретінін жариялады.", {("MA", A)}),
        ("Сауд Арабиясы Иранмен қарым-қатынасты қалпына келтіретінін жариялады.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_resumed_relations_announced(language, text, expected):
    assert found(text, language) == expected


DATED = {
    "ru": (
        "Марокко объявило о восстановлении связей с Израилем 10 декабря 2020 года.",
        "2020-12-10",
    ),
    "tr": (
        "Fas, İsrail ile ilişkilerini yeniden başlatacağını 10 Aralık 2020'de açıkladı.",
        "2020-12-10",
    ),
    "id": (
        "Maroko mengumumkan pemulihan hubungan dengan Israel pada 10 Desember 2020.",
        "2020-12-10",
    ),
    "fa": ("مراکش از از سرگیری روابط با اسرائیل در ۱۰ دسامبر ۲۰۲۰ خبر داد.", "2020-12-10"),
}


@pytest.mark.parametrize(("language", "text", "date"), [(k, *v) for k, v in DATED.items()])
def test_the_announcement_takes_its_day(language, text, date):
    claims = extract(text, language=language, published=datetime.date(2025, 11, 20)).claims
    assert {(c.country, c.status, c.date) for c in claims} == {("MA", A, date)}
