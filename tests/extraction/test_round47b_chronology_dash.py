"""Round forty-seven, a chronology line whose date is set off from its event by a spaced dash
("6 de enero de 2021 – Sudán suscribe la declaración en Jartum", "6 November 2025 – Kazakhstan
announces it will join", "15. September 2020 — Die Emirate ... unterzeichnen"): the date opening
the line dates every step told after the dash, as a comma or a colon after an opening date already
did. Near misses: a date that does not open its sentence ("Sudán firmó el 6 de enero de 2021 – un
día de fiesta en Jartum") stays the date of its own clause, and a country named before the date
keeps the date only for its own step. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, S, U, challenge_params, found_dated

ES = "CRONOLOGÍA DE LOS ACUERDOS DE ABRAHAM\n"
EN = "TIMELINE OF THE ABRAHAM ACCORDS\n"
DE = "CHRONIK DER ABRAHAM-ABKOMMEN\n"
FR = "CHRONOLOGIE DES ACCORDS D'ABRAHAM\n"

CASES = {
    "es": [
        (
            ES + "6 de enero de 2021 – Sudán suscribe la declaración en Jartum.",
            {("SD", S, "2021-01-06")},
        ),
        (
            ES + "Abril de 2023 – La guerra civil sudanesa paraliza la normalización entre Jartum "
            "e Israel.",
            {("SD", U, "2023-04")},
        ),
        (
            ES + "29 de enero de 2026 - Pakistán descarta unirse a los acuerdos.",
            {("PK", D, "2026-01-29")},
        ),
        (
            ES + "Sudán firmó los acuerdos el 6 de enero de 2021 – un día de fiesta en Jartum.",
            {("SD", S, "2021-01-06")},
        ),
    ],
    "en": [
        (
            EN + "6 November 2025 – Kazakhstan announces that it will join the accords.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            EN + "December 2020 — Morocco signs the joint declaration in Rabat.",
            {("MA", S, "2020-12")},
        ),
    ],
    "de": [
        (
            DE + "6. November 2025 – Kasachstan tritt den Abraham-Abkommen bei.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            DE + "15. September 2020 – Die Emirate und Bahrain unterzeichnen die Abkommen in "
            "Washington.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
    ],
    "fr": [
        (
            FR + "22 décembre 2020 – Le Maroc signe la déclaration tripartite à Rabat.",
            {("MA", S, "2020-12-22")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_chronology_dash(language, text, expected):
    dated = {"SD", "PK", "KZ", "MA", "AE", "BH"}
    assert found_dated(text, language, dated) == expected
