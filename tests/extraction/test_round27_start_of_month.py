"""A step told "at the start of the month" with no month named: "Kazajistán anunció a comienzos
de mes que se sumaría"; "a principios de mes"; "early this month"; "Anfang des Monats"; "в
начале месяца"; "ay başında"; "en début de mois". The month is the publication's month, read
as "this month" (`relative_periods`). Near misses: a month named after the phrase keeps that
month ("a comienzos de noviembre"), and with no publication date the step stays undated.
Own sentences, written for these tests."""

import pytest

from accords.extraction import extract
from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Kazajistán anunció a comienzos de mes que se sumaría a los acuerdos.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Los Acuerdos de Abraham. A principios de mes, Kazajistán anunció que se uniría a los acuerdos.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Los Acuerdos de Abraham. A comienzos de octubre, Kazajistán anunció que se sumaría a los "
            "acuerdos.",
            {("KZ", A, "2025-10")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Kazakhstan announced early this month that it would join the accords.",
            {("KZ", A, "2025-11")},
        ),
        (
            "The Abraham Accords. At the start of the month, Kazakhstan announced it would join the accords.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Kasachstan kündigte Anfang des Monats an, den Abkommen beizutreten.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. В начале месяца Казахстан объявил о присоединении к соглашениям.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Kazakistan ay başında anlaşmalara katılacağını açıkladı.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Kazakhstan a annoncé en début de mois qu'il rejoindrait les accords.",
            {("KZ", A, "2025-11")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_start_of_month(language, text, expected):
    check_case(language, text, expected)


def test_start_of_month_without_a_publication_date_stays_undated():
    text = "Los Acuerdos de Abraham. Kazajistán anunció a comienzos de mes que se sumaría a los acuerdos."
    claims = extract(text, language="es").claims
    assert [(c.country, c.status, c.date) for c in claims] == [("KZ", A, None)]
