"""A split halt ("normalisation ~ frozen") read whole: a negation between its parts makes it
no halt ("normalisation was not frozen"); Arabic "من أجل التطبيع" (for the sake of
normalisation) is no postponement. Each negated sentence beside the same sentence unnegated.
Own sentences."""

import pytest

from tests.extraction.found import coarse

CASES = [
    (
        "ru",
        "Авраамовы соглашения. Нормализация между Саудовской Аравией и Израилем не заморожена.",
        set(),
    ),
    (
        "ru",
        "Авраамовы соглашения. Нормализация между Саудовской Аравией и Израилем вовсе не сорвана, заявил министр.",
        set(),
    ),
    (
        "ru",
        "Авраамовы соглашения. Нормализация между Саудовской Аравией и Израилем заморожена.",
        {("SA", "lap")},
    ),
    ("id", "Abraham Accords. Normalisasi antara Arab Saudi dan Israel tidak dibekukan.", set()),
    ("id", "Abraham Accords. Normalisasi antara Arab Saudi dan Israel dibekukan.", {("SA", "lap")}),
    (
        "ms",
        "Perjanjian Abraham. Normalisasi antara Arab Saudi dan Israel tidak dibekukan, kata menteri itu.",
        set(),
    ),
    (
        "ms",
        "Perjanjian Abraham. Normalisasi antara Arab Saudi dan Israel dibekukan, kata menteri itu.",
        {("SA", "lap")},
    ),
    ("ar", "اتفاقيات أبراهام. التطبيع بين السعودية وإسرائيل لم يتوقف، بحسب مسؤول.", set()),
    ("ar", "اتفاقيات أبراهام. التطبيع بين السعودية وإسرائيل توقف، بحسب مسؤول.", {("SA", "lap")}),
    ("ar", "اتفاقيات أبراهام. تعمل السعودية من أجل التطبيع مع إسرائيل.", set()),
    ("ar", "اتفاقيات أبراهام. أجلت السعودية التطبيع مع إسرائيل.", {("SA", "lap")}),
    ("he", "הסכמי אברהם. הנרמול בין סעודיה לישראל לא הוקפא, אמר השר.", set()),
    ("he", "הסכמי אברהם. הנרמול בין סעודיה לישראל הוקפא, אמר השר.", {("SA", "lap")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_negation_between_a_halts_parts_undoes_it(language, text, expected):
    assert coarse(text, language) == expected
