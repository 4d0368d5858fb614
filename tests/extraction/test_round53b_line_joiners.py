"""A line of text pulled from a PDF or wrapped by hand that ends on an article, a
preposition or a conjunction goes on in the next line, whatever that line opens with: a
capital name or a number ("Pakistan und\\nIndonesien", "zwischen\\nSaudi-Arabien", "am\\n29.
Januar 2026", "between\\nSaudi Arabia", "Пакистан и\\nИндонезия", "между\\nСаудовской
Аравией", "et\\nIndonésie", "entre\\nRiyad", "y\\nIndonesia", "ve\\nEndonezya", "dan\\nIndonesia",
"және\\nИндонезия", "كل من\\nباكستان", "بين\\nالسعودية", "و\\nاندونزی", "میان\\nعربستان",
"בין\\nסעודיה"); so does a line ending on a month's name before a line opening with its
year ("nach dem 7. Oktober\\n2023 ausgesetzt"). Such a line was a sentence of its own, the
country on the next line lost its step or the step its date. The words are each language's
`line_joiners`; a verb's closing particle ("an", "on") is none of them, and a blank line
still ends the paragraph."""

import pytest

from tests.extraction.found import D, U, found, found_dated

WRAPPED_LISTS = [
    ("en", "Pakistan and\nIndonesia ruled out joining the Abraham Accords."),
    ("de", "Pakistan und\nIndonesien lehnen einen Beitritt zu den Abraham-Abkommen ab."),
    ("ru", "Пакистан и\nИндонезия отказались присоединяться к Авраамовым соглашениям."),
    ("kk", "Пәкістан және\nИндонезия Авраам келісімдеріне қосылудан бас тартты."),
    ("fr", "Le Pakistan et\nIndonésie ont refusé d'adhérer aux accords d'Abraham."),
    ("es", "Pakistán y\nIndonesia se negaron a unirse a los Acuerdos de Abraham."),
    ("tr", "Pakistan ve\nEndonezya İbrahim Anlaşmaları'na katılmayı reddetti."),
    ("id", "Pakistan dan\nIndonesia menolak bergabung dengan Perjanjian Abraham."),
    ("ms", "Pakistan dan\nIndonesia menolak untuk menyertai Perjanjian Abraham."),
    ("ar", "رفضت كل من\nباكستان وإندونيسيا الانضمام إلى اتفاقيات أبراهام."),
    ("fa", "پاکستان و\nاندونزی پیوستن به پیمان ابراهیم را رد کردند."),
]


@pytest.mark.parametrize("language,text", WRAPPED_LISTS)
def test_a_list_wrapped_after_its_conjunction_keeps_both_names(language, text):
    assert found(text, language) == {("PK", D), ("ID", D)}
    assert found(text, language) == found(text.replace("\n", " "), language)


WRAPPED_HALTS = [
    (
        "ru",
        "Переговоры о нормализации между\nСаудовской Аравией и Израилем были заморожены после "
        "7 октября 2023 года.",
    ),
    (
        "fr",
        "Les pourparlers de normalisation entre\nRiyad et Israël ont été gelés après le 7 octobre 2023.",
    ),
    ("ar", "جمدت محادثات التطبيع بين\nالسعودية وإسرائيل بعد 7 أكتوبر 2023."),
    ("fa", "گفت‌وگوهای عادی‌سازی میان\nعربستان و اسرائیل پس از ۷ اکتبر ۲۰۲۳ متوقف شد."),
    ("he", "השיחות על נורמליזציה בין\nסעודיה לישראל הוקפאו אחרי 7 באוקטובר 2023."),
]


@pytest.mark.parametrize("language,text", WRAPPED_HALTS)
def test_talks_wrapped_after_between_are_still_halted(language, text):
    assert found_dated(text, language, {"SA"}) == {("SA", U, "2023-10-07")}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Pakistan hat einen Beitritt zu den Abraham-Abkommen am\n29. Januar 2026 "
            "ausdrücklich ausgeschlossen.",
            {("PK", D)},
        ),
        (
            "Syrien, dessen Präsident im September 2025 in\nNew York erklärte, ein Beitritt zu "
            "den Abraham-Abkommen stehe nicht zur Debatte, bleibt außen vor.",
            {("SY", D, "2025-09")},
        ),
        (
            "Die Gespräche zwischen Riad und Washington über eine Normalisierung waren nach dem "
            "7. Oktober\n2023 ausgesetzt worden.",
            {("SA", U, "2023-10-07")},
        ),
    ],
)
def test_a_german_pdf_line_ending_on_a_preposition_or_month(text, expected):
    assert found_dated(text, "de", {"SY", "SA"}) == expected


@pytest.mark.parametrize(
    "language,text,expected",
    [
        # a headline ending on a verb's particle: a line of its own
        (
            "de",
            "Kasachstan schließt sich den Abraham-Abkommen an\nPakistan lehnt einen Beitritt "
            "weiterhin ab.",
            {("KZ", "announced"), ("PK", D)},
        ),
        # a blank line after the conjunction ends the paragraph
        (
            "en",
            "Pakistan and\n\nIndonesia ruled out joining the Abraham Accords.",
            {("ID", D)},
        ),
        # a line ending on a month's name before a line opening with a word stays a line
        (
            "en",
            "Pakistan ruled out joining the Abraham Accords in January\nIndonesia said nothing.",
            {("PK", D)},
        ),
    ],
)
def test_a_line_ending_otherwise_stays_a_line(language, text, expected):
    assert found(text, language) == expected
