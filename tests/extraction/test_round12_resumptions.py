"""A halt told with its resumption ("resumed normalisation, frozen since the war", "a repris",
"возобновила", "استأنفت") is over: no suspension; a resumption negated ("has not resumed",
"так и не возобновилась") leaves the halt standing. Own sentences (new key `resumptions`)."""

import pytest

from tests.extraction.found import coarse

CASES = [
    (
        "en",
        "Saudi Arabia resumed normalisation talks with Israel, frozen since the war, Abraham Accords officials said.",
        set(),
    ),
    (
        "en",
        "The Abraham Accords. Normalisation between Saudi Arabia and Israel, stalled since 2023, was revived this spring.",
        set(),
    ),
    (
        "en",
        "The Abraham Accords. Normalisation between Saudi Arabia and Israel has stalled and has not resumed.",
        {("SA", "lap")},
    ),
    (
        "fr",
        "Accords d'Abraham. La normalisation entre l'Arabie saoudite et Israël, gelée depuis la guerre, a repris au printemps.",
        set(),
    ),
    (
        "es",
        "Acuerdos de Abraham. Arabia Saudí retomó la normalización con Israel, congelada desde la guerra.",
        set(),
    ),
    (
        "de",
        "Abraham-Abkommen. Saudi-Arabien hat die seit dem Krieg eingefrorene Normalisierung mit Israel wiederbelebt.",
        set(),
    ),
    (
        "ru",
        "Авраамовы соглашения. Саудовская Аравия возобновила нормализацию с Израилем, замороженную после войны.",
        set(),
    ),
    (
        "ru",
        "Авраамовы соглашения. Нормализация между Саудовской Аравией и Израилем заморожена и так и не возобновилась.",
        {("SA", "lap")},
    ),
    (
        "ar",
        "اتفاقيات أبراهام. استأنفت السعودية مسار التطبيع مع إسرائيل بعد تجميده منذ الحرب.",
        set(),
    ),
    ("he", "הסכמי אברהם. סעודיה חידשה את הנרמול עם ישראל, שהוקפא מאז המלחמה.", set()),
    (
        "id",
        "Abraham Accords. Normalisasi Arab Saudi dengan Israel yang sempat dibekukan sejak perang kini dilanjutkan kembali.",
        set(),
    ),
    (
        "ms",
        "Perjanjian Abraham. Normalisasi Arab Saudi dengan Israel yang dibekukan sejak perang kini disambung semula.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_resumed_halt_is_over(language, text, expected):
    assert coarse(text, language) == expected
