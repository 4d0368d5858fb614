"""A halt read whole: a negation between a split halt's parts ("normalisation was not
frozen") or, in Kazakh and Turkish, right after the verb ("тоқтатылған жоқ", "dondurulmuş
değil") makes it no halt; Arabic "من أجل التطبيع" (for the sake of normalisation) is no
postponement. Each negated sentence beside the same sentence unnegated. Own sentences."""

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
    ("kk", "Сауд Арабиясы Авраам келісімдеріне қосылған жоқ.", set()),
    (
        "kk",
        "Авраам келісімдері. Сауд Арабиясы мен Израиль арасындағы қалыпқа келтіру тоқтатылған жоқ.",
        set(),
    ),
    (
        "kk",
        "Авраам келісімдері. Сауд Арабиясы мен Израиль арасындағы қалыпқа келтіру тоқтатылды.",
        {("SA", "lap")},
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. Suudi Arabistan ile İsrail arasındaki normalleşme süreci dondurulmuş değil.",
        set(),
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. Suudi Arabistan ile İsrail arasındaki normalleşme süreci donduruldu.",
        {("SA", "lap")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_negated_halt_is_no_halt(language, text, expected):
    assert coarse(text, language) == expected
