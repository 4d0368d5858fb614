"""A line that opens with its own date and a dash, as a search result's snippet or an archive
entry does ("6 nov 2025 — Trump anunció este jueves que ...", "Nov 6, 2025 — Trump announced on
Thursday ...", "07.11.2025 — Trump kündigte gestern an ...", "7 Kasım 2025 — Trump dün ...",
"7 Nov 2025 — Trump kemarin/semalam ...", "7 қараша 2025 — Трамп кеше ...", "7 ноября 2025 —
Трамп вчера ...", "7 novembre 2025 — Trump a annoncé hier ...", "7 نوفمبر 2025 — أعلن ترامب أمس",
"۷ نوامبر ۲۰۲۵ — ترامپ دیروز", "7 בנובמבר 2025 — טראמפ הודיע אתמול"): the relative day counts
from the line's date, also when the page is read months later (a wire's dateline a few days
old did so before). A date with dots between its digits stands as such a date too. Controls: a
line dated after the page, or with no date before its dash, counts from the page's day."""

import datetime

import pytest

from accords.extraction import extract

# the page is read long after the snippets' days
PAGE_DAY = datetime.date(2026, 1, 31)
THE_DAY = "2025-11-06"

SNIPPETS = [
    ("en", "7 Nov 2025 — Trump announced yesterday that Kazakhstan will join the Abraham Accords."),
    (
        "en",
        "Nov 6, 2025 — Trump announced on Thursday that Kazakhstan will join the Abraham Accords.",
    ),
    (
        "es",
        "6 nov 2025 — Trump anunció este jueves que Kazajistán se unirá a los Acuerdos de Abraham.",
    ),
    ("es", "7 nov 2025 — Trump anunció ayer que Kazajistán se unirá a los Acuerdos de Abraham."),
    (
        "fr",
        "7 novembre 2025 — Trump a annoncé hier que le Kazakhstan rejoindra les accords d'Abraham.",
    ),
    (
        "de",
        "07.11.2025 — Trump kündigte gestern an, dass Kasachstan den Abraham-Abkommen beitreten "
        "wird.",
    ),
    (
        "ru",
        "7 ноября 2025 — Трамп вчера объявил, что Казахстан присоединится к Авраамовым "
        "соглашениям.",
    ),
    (
        "ru",
        "07.11.2025 — Трамп вчера объявил, что Казахстан присоединится к Авраамовым соглашениям.",
    ),
    ("tr", "7 Kasım 2025 — Trump dün Kazakistan'ın İbrahim Anlaşmaları'na katılacağını açıkladı."),
    ("tr", "07.11.2025 — Trump dün Kazakistan'ın İbrahim Anlaşmaları'na katılacağını açıkladı."),
    (
        "id",
        "7 Nov 2025 — Trump kemarin mengumumkan Kazakhstan akan bergabung dengan Perjanjian "
        "Abraham.",
    ),
    ("ms", "7 Nov 2025 — Trump semalam mengumumkan Kazakhstan akan menyertai Perjanjian Abraham."),
    (
        "kk",
        "7 қараша 2025 — Трамп кеше Қазақстанның Авраам келісімдеріне қосылатынын жариялады.",
    ),
    ("ar", "7 نوفمبر 2025 — أعلن ترامب أمس أن كازاخستان ستنضم إلى اتفاقيات أبراهام."),
    ("fa", "۷ نوامبر ۲۰۲۵ — ترامپ دیروز اعلام کرد که قزاقستان به پیمان ابراهیم می‌پیوندد."),
    ("he", "7 בנובמבר 2025 — טראמפ הודיע אתמול כי קזחסטן תצטרף להסכמי אברהם."),
]


def dated(text, language, published=PAGE_DAY):
    return {
        (claim.country, claim.status, claim.date)
        for claim in extract(text, language=language, published=published).claims
    }


@pytest.mark.parametrize("language,text", SNIPPETS)
def test_a_relative_day_counts_from_the_snippets_own_date(language, text):
    assert dated(text, language) == {("KZ", "announced", THE_DAY)}


def test_a_dated_line_among_snippets_of_other_days():
    text = (
        "Kazajistán se une a los Acuerdos de Abraham\n"
        "6 nov 2025 — Trump anunció este jueves que Kazajistán se unirá a los Acuerdos de "
        "Abraham.\n\n"
        "Pakistán descarta unirse\n"
        "29 ene 2026 — Pakistán no tiene intención de unirse a los Acuerdos de Abraham, afirmó "
        "este jueves el portavoz de Exteriores."
    )
    assert dated(text, "es") == {
        ("KZ", "announced", THE_DAY),
        ("PK", "declined", "2026-01-29"),
    }


@pytest.mark.parametrize(
    "language,text,expected",
    [
        # no date before the dash: yesterday is the page's
        (
            "en",
            "Breaking — Trump announced yesterday that Kazakhstan will join the Abraham Accords.",
            {("KZ", "announced", "2026-01-30")},
        ),
        (
            "ms",
            "Terkini — Trump semalam mengumumkan Kazakhstan akan menyertai Perjanjian Abraham.",
            {("KZ", "announced", "2026-01-30")},
        ),
        # a line dated after the page changes nothing
        (
            "es",
            "7 feb 2026 — Trump anunció ayer que Kazajistán se unirá a los Acuerdos de Abraham.",
            {("KZ", "announced", "2026-01-30")},
        ),
    ],
)
def test_no_date_of_its_own_counts_from_the_page(language, text, expected):
    assert dated(text, language) == expected
