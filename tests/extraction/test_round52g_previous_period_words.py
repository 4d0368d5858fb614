"""Round fifty-two: last year or last month told with another word or word order than the one
listed ("im Vorjahr", "im November des Vorjahres", "el pasado año", "el pasado mes", "l'an
passé", "العام المنصرم", "السنة الماضية", "پارسال", "אשתקד", "в минувшем году", "geçtiğimiz
yıl", "geçen sene", "tahun kemarin") left the step undated, or took the publication's year for a
month of the year before; now each is the year (or month) before the publication, like "last
year" (`relative_periods` de es fr ar fa he ru tr id). Indonesian "tahun kemarin" had been read as
"yesterday". Near misses: "in the past" ("en el pasado", "par le passé", "in der
Vergangenheit"), a comparison with the year before in another clause, "over the past year" and
"the past few days" give no date. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, found_dated

# PUBLISHED is 20 November 2025: last year is 2024, last month October 2025.
CASES = {
    "de": [
        (
            "Kasachstan kündigte im Vorjahr seinen Beitritt zu den Abraham-Abkommen an.",
            "KZ",
            A,
            "2024",
        ),
        (
            "Im Vormonat lehnte Mauretanien einen Beitritt zu den Abraham-Abkommen ab.",
            "MR",
            D,
            "2025-10",
        ),
        (
            "Kasachstan hatte im November des Vorjahres seinen Beitritt zu den Abraham-Abkommen "
            "angekündigt.",
            "KZ",
            A,
            "2024-11",
        ),
        (
            "Mauretanien hat in der Vergangenheit einen Beitritt zu den Abraham-Abkommen abgelehnt.",
            "MR",
            D,
            None,
        ),
        (
            "Der Handel stieg gegenüber dem Vorjahr, doch Mauretanien lehnt einen Beitritt zu den "
            "Abraham-Abkommen ab.",
            "MR",
            D,
            None,
        ),
    ],
    "es": [
        (
            "Kazajistán anunció el pasado año su adhesión a los Acuerdos de Abraham.",
            "KZ",
            A,
            "2024",
        ),
        (
            "Mauritania descartó el pasado mes sumarse a los Acuerdos de Abraham.",
            "MR",
            D,
            "2025-10",
        ),
        (
            "Kazajistán anunció en noviembre del pasado año su adhesión a los Acuerdos de Abraham.",
            "KZ",
            A,
            "2024-11",
        ),
        ("Mauritania rechazó en el pasado sumarse a los Acuerdos de Abraham.", "MR", D, None),
        (
            "Kazajistán anunció el pasado 6 de noviembre su adhesión a los Acuerdos de Abraham.",
            "KZ",
            A,
            "2025-11-06",
        ),
    ],
    "fr": [
        ("Le Kazakhstan a annoncé l'an passé son adhésion aux accords d'Abraham.", "KZ", A, "2024"),
        (
            "Le Kazakhstan a annoncé l'année passée son adhésion aux accords d'Abraham.",
            "KZ",
            A,
            "2024",
        ),
        (
            "La Mauritanie a refusé le mois passé de rejoindre les accords d'Abraham.",
            "MR",
            D,
            "2025-10",
        ),
        ("La Mauritanie a refusé par le passé de rejoindre les accords d'Abraham.", "MR", D, None),
    ],
    "ar": [
        ("أعلنت كازاخستان العام المنصرم انضمامها إلى اتفاقيات أبراهام.", "KZ", A, "2024"),
        ("أعلنت كازاخستان السنة الماضية انضمامها إلى اتفاقيات أبراهام.", "KZ", A, "2024"),
        ("رفضت موريتانيا الشهر المنصرم الانضمام إلى اتفاقيات أبراهام.", "MR", D, "2025-10"),
    ],
    "fa": [("قزاقستان پارسال پیوستن خود به پیمان ابراهیم را اعلام کرد.", "KZ", A, "2024")],
    "he": [("קזחסטן הודיעה אשתקד על הצטרפותה להסכמי אברהם.", "KZ", A, "2024")],
    "ru": [
        (
            "Казахстан в минувшем году объявил о присоединении к Авраамовым соглашениям.",
            "KZ",
            A,
            "2024",
        ),
        (
            "Казахстан в ноябре минувшего года объявил о присоединении к Авраамовым соглашениям.",
            "KZ",
            A,
            "2024-11",
        ),
        (
            "Мавритания в минувшие выходные отказалась присоединиться к Авраамовым соглашениям.",
            "MR",
            D,
            None,
        ),
    ],
    "tr": [
        (
            "Kazakistan geçtiğimiz yıl İbrahim Anlaşmaları'na katılacağını açıkladı.",
            "KZ",
            A,
            "2024",
        ),
        ("Kazakistan geçen sene İbrahim Anlaşmaları'na katılacağını açıkladı.", "KZ", A, "2024"),
        ("Moritanya geçtiğimiz ay İbrahim Anlaşmaları'na katılmayı reddetti.", "MR", D, "2025-10"),
        ("Moritanya geçtiğimiz günlerde İbrahim Anlaşmaları'na katılmayı reddetti.", "MR", D, None),
    ],
    "id": [
        (
            "Kazakhstan tahun kemarin mengumumkan bergabung dengan Perjanjian Abraham.",
            "KZ",
            A,
            "2024",
        ),
    ],
    "en": [
        ("Over the past year Mauritania has refused to join the Abraham Accords.", "MR", D, None),
    ],
}


@pytest.mark.parametrize(
    "language,text,country,status,date",
    [
        pytest.param(language, text, country, status, date, id=f"{language}-{number}")
        for language, cases in CASES.items()
        for number, (text, country, status, date) in enumerate(cases, 1)
    ],
)
def test_the_year_or_month_before_publication_dates_the_step(language, text, country, status, date):
    assert (country, status, date) in found_dated(text, language, {country})
