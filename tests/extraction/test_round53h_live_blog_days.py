"""A live blog's day headers: a line holding only a date of day precision ("7 декабря", "Sunday,
December 7", "Dimanche 7 décembre", "7 de diciembre", "7. Dezember", "7 ديسمبر", "7 Aralık"),
then entries that open their line with a time of day ("10:15 Казахстан объявил ...", "10h15 Le
Kazakhstan ..."): each entry's undated step takes the day of the last header before it, the
year resolved against the publication as any day without one.  Entries were undated before.
Near misses: an entry after a line that is a sentence of its own, not a header ("Kazakhstan
signed a trade deal on 7 December."), and a step with its own date keep their reading."""

import datetime

import pytest

from accords.extraction import extract

PUBLISHED = datetime.date(2025, 12, 9)

BLOGS = [
    (
        "ru",
        "Прямая трансляция\n\n7 декабря\n\n10:15 Казахстан объявил о присоединении к "
        "Авраамовым соглашениям.\n\n6 декабря\n\n18:00 Оман отказался присоединиться к "
        "Авраамовым соглашениям.",
        {("KZ", "announced", "2025-12-07"), ("OM", "declined", "2025-12-06")},
    ),
    (
        "en",
        "Live updates\n\nSunday, December 7\n\n10:15 Kazakhstan announced it will join the "
        "Abraham Accords.\n\nSaturday, December 6\n\n18:00 Oman said it would not join the "
        "Abraham Accords.",
        {("KZ", "announced", "2025-12-07"), ("OM", "declined", "2025-12-06")},
    ),
    (
        "fr",
        "En direct\n\nDimanche 7 décembre\n\n10h15 Le Kazakhstan a annoncé qu'il rejoindrait "
        "les accords d'Abraham.",
        {("KZ", "announced", "2025-12-07")},
    ),
    (
        "es",
        "En directo\n\n7 de diciembre\n\n10:15 Kazajistán anunció que se unirá a los Acuerdos "
        "de Abraham.",
        {("KZ", "announced", "2025-12-07")},
    ),
    (
        "de",
        "Liveblog\n\n7. Dezember\n\n10:15 Kasachstan kündigte an, den Abraham-Abkommen "
        "beizutreten.",
        {("KZ", "announced", "2025-12-07")},
    ),
    (
        "ar",
        "تغطية مباشرة\n\n7 ديسمبر\n\n10:15 أعلنت كازاخستان انضمامها إلى اتفاقيات أبراهام.",
        {("KZ", "announced", "2025-12-07")},
    ),
    (
        "tr",
        "Canlı blog\n\n7 Aralık\n\n10:15 Kazakistan, İbrahim Anlaşmalarına katılacağını açıkladı.",
        {("KZ", "announced", "2025-12-07")},
    ),
]


def _read(text, language):
    return {
        (c.country, c.status, c.date)
        for c in extract(text, language=language, published=PUBLISHED).claims
    }


@pytest.mark.parametrize("language,text,expected", BLOGS)
def test_an_entry_takes_its_headers_day(language, text, expected):
    assert _read(text, language) == expected


def test_a_sentence_line_is_no_header():
    text = (
        "Live updates\n\nKazakhstan signed a trade deal on 7 December.\n\n10:15 Kazakhstan "
        "announced it will join the Abraham Accords."
    )
    assert ("KZ", "announced", None) in _read(text, "en")


def test_an_entry_with_its_own_date_keeps_it():
    text = (
        "Live updates\n\nDecember 7\n\n10:15 Kazakhstan announced on 6 November that it will "
        "join the Abraham Accords."
    )
    assert _read(text, "en") == {("KZ", "announced", "2025-11-06")}
