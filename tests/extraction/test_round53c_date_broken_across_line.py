"""A date broken across a line by a PDF or a hand's wrap ("Morocco on 22\nDecember 2020", "said
on 29 Sept.\n2025 that ...", "on September 29,\n2025"): the line before ends with the day, or
the day and the month (either order), the next opens with the month and the year, or the
year; the break goes on in one sentence, so the date is the step's and the step keeps its
subject. A line break goes on in one sentence where the next line opens in lower case; a
capitalised month (de en id ms tr) or a script without case (ar fa he) opened a new sentence
before. French, Spanish, Russian and Kazakh write the month in lower case and read it already
("le 22\ndécembre 2020"). Near misses: a line ending with a number before a line opening
with a word that is no month, and a blank line between day and month (a new paragraph)."""

import pytest

from tests.extraction.found import D, S, found, found_dated

GAPPED = [
    (
        "en",
        "The Abraham Accords were a success. The UAE and Bahrain signed on 15 September 2020, "
        "Morocco on 22\nDecember 2020 and Sudan on 6 January 2021.",
    ),
    (
        "de",
        "Die Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten am 15. September 2020, "
        "Marokko am 22.\nDezember 2020 und Sudan am 6. Januar 2021.",
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. BAE ve Bahreyn 15 Eylül 2020'de, Fas 22\nAralık 2020'de ve Sudan "
        "6 Ocak 2021'de imzaladı.",
    ),
    (
        "id",
        "Perjanjian Abraham. UEA dan Bahrain menandatangani pada 15 September 2020, Maroko pada "
        "22\nDesember 2020 dan Sudan pada 6 Januari 2021.",
    ),
    (
        "ms",
        "Perjanjian Abraham. UAE dan Bahrain menandatangani pada 15 September 2020, Maghribi "
        "pada 22\nDisember 2020 dan Sudan pada 6 Januari 2021.",
    ),
    (
        "he",
        "הסכמי אברהם. איחוד האמירויות ובחריין חתמו ב-15 בספטמבר 2020, מרוקו ב-22\nבדצמבר "
        "2020 וסודן ב-6 בינואר 2021.",
    ),
    (
        "fr",
        "Les accords d'Abraham. Les Émirats et Bahreïn ont signé le 15 septembre 2020, le "
        "Maroc le 22\ndécembre 2020 et le Soudan le 6 janvier 2021.",
    ),
]


@pytest.mark.parametrize("language,text", GAPPED)
def test_a_gapped_list_keeps_its_dates_across_the_break(language, text):
    claims = found_dated(text, language, {"MA", "SD"})
    assert ("MA", S, "2020-12-22") in claims
    assert ("SD", S, "2021-01-06") in claims


@pytest.mark.parametrize(
    "language,text",
    [
        (
            "ar",
            "اتفاقات أبراهام. وقعت الإمارات والبحرين في 15 سبتمبر 2020، ثم المغرب في 22\n"
            "ديسمبر 2020.",
        ),
        (
            "fa",
            "پیمان ابراهیم. امارات و بحرین در ۱۵ سپتامبر ۲۰۲۰ امضا کردند، مراکش در ۲۲\nدسامبر "
            "۲۰۲۰ و سودان در ۶ ژانویه ۲۰۲۱.",
        ),
    ],
)
def test_arabic_script_day_then_month_on_the_next_line(language, text):
    """Sudan's own date in the Persian list is another matter (the verb-final gap reads the
    date before it): only Morocco's is asked here."""
    assert ("MA", S, "2020-12-22") in found_dated(text, language, {"MA"})


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta's foreign ministry said on 29 Sept.\n2025 that it would not normalise relations "
        "with Israel unless Israel first recognises a Palestinian state.",
        "Jakarta's foreign ministry said on 29\nSeptember 2025 that it would not normalise "
        "relations with Israel unless Israel first recognises a Palestinian state.",
        "Jakarta's foreign ministry said on September 29,\n2025 that it would not normalise "
        "relations with Israel unless Israel first recognises a Palestinian state.",
    ],
)
def test_a_refusal_keeps_its_speaker_across_the_break(text):
    assert ("ID", D, "2025-09-29") in found_dated(text, "en", {"ID"})


def test_a_word_that_is_no_month_opens_a_new_line():
    """ "Page 2 of 9" then a line naming a country: two lines, no date from the page number."""
    text = (
        "Policy brief on the Abraham Accords, page 2 of 9\nIndonesia 2025: the foreign ministry "
        "said it would not normalise relations with Israel."
    )
    assert all(claim[:2] != ("ID", S) for claim in found(text, "en"))


def test_a_blank_line_between_day_and_month_is_a_new_paragraph():
    text = (
        "The Abraham Accords were a success. The UAE and Bahrain signed on 15 September 2020, "
        "Morocco on 22\n\nDecember 2020 and Sudan on 6 January 2021."
    )
    assert ("MA", S, "2020-12-22") not in found_dated(text, "en", {"MA"})
