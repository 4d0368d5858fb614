""" "The war froze every contact with Israel": a halt verb with a quantifier before the contact
noun ("all", "any", "every") is the country's halt (suspended), as "froze its contacts" is.
Forms: "froze any/every contact with Israel" (en), "הקפיאה כל מגע" (he), "جمد ... كل/أي اتصال"
(ar), "هرگونه تماس با اسرائیل را متوقف کرد" (fa), "her türlü teması dondurdu" (tr),
"membekukan semua kontak" (id), "membekukan semua hubungan" (ms), "барлық байланысты
тоқтатты" (kk); French, German, Spanish and Russian read them already ("a gelé tout contact",
"jeden Kontakt eingefroren", "congeló todo contacto", "заморозила всякие контакты"). Near
misses: the same verb negated, and contacts with another country than Israel in English."""

import pytest

from tests.extraction.found import U, found

HALTS = [
    ("en", "The war in Sudan froze any contact with Israel."),
    ("en", "Sudan has frozen every contact with Israel since the war began."),
    ("he", "המלחמה בסודן הקפיאה כל מגע עם ישראל."),
    ("ar", "جمدت الحرب في السودان كل اتصال مع إسرائيل."),
    ("ar", "جمد السودان أي اتصال مع إسرائيل."),
    ("fa", "سودان هرگونه تماس با اسرائیل را متوقف کرد."),
    ("tr", "Sudan'daki savaş İsrail ile her türlü teması dondurdu."),
    ("id", "Perang di Sudan membekukan semua kontak dengan Israel."),
    ("ms", "Perang di Sudan membekukan semua hubungan dengan Israel."),
    ("kk", "Судандағы соғыс Израильмен барлық байланысты тоқтатты."),
    ("fr", "La guerre au Soudan a gelé tout contact avec Israël."),
    ("de", "Der Krieg im Sudan hat jeden Kontakt mit Israel eingefroren."),
    ("es", "La guerra en Sudán congeló todo contacto con Israel."),
    ("ru", "Война в Судане заморозила всякие контакты с Израилем."),
]


@pytest.mark.parametrize("language,text", HALTS)
def test_a_halt_of_every_contact_is_suspended(language, text):
    assert ("SD", U) in found(text, language)


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "Bahrain has not frozen any contact with Israel, its foreign minister said."),
        ("he", "בחריין לא הקפיאה כל מגע עם ישראל."),
        ("ar", "لم تجمد البحرين أي اتصال مع إسرائيل."),
        ("id", "Bahrain tidak membekukan semua kontak dengan Israel."),
    ],
)
def test_a_negated_halt_of_every_contact_is_none(language, text):
    assert ("BH", U) not in found(text, language)


def test_every_contact_with_another_country_is_no_halt_of_the_accords():
    assert ("SD", U) not in found("Sudan froze all contact with Iran in 2016.", "en")
