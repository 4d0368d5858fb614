"""A halt read whole: a negation between a split halt's parts ("normalisation was not
frozen"), in Kazakh and Turkish right after the verb ("тоқтатылған жоқ", "dondurulmuş
değil"), or a negative pronoun as its subject ("Nothing has derailed normalisation", "Nada ha
frenado", "Ничто не сорвало") makes it no halt; Arabic "من أجل التطبيع" (for the sake of
normalisation) is no postponement. Negated sentences beside unnegated ones. Own sentences."""

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
    (
        "en",
        "Nothing has derailed normalisation between Saudi Arabia and Israel, Abraham Accords officials say.",
        set(),
    ),
    (
        "en",
        "The Abraham Accords. Normalisation between Saudi Arabia and Israel has been derailed, and nothing suggests it will resume soon.",
        {("SA", "lap")},
    ),
    (
        "es",
        "Acuerdos de Abraham. Nada ha frenado la normalización entre Arabia Saudí e Israel, según fuentes diplomáticas.",
        set(),
    ),
    (
        "de",
        "Abraham-Abkommen. Nichts hat die Normalisierung zwischen Saudi-Arabien und Israel gestoppt, heißt es in Riad.",
        set(),
    ),
    (
        "ru",
        "Авраамовы соглашения. Ничто не сорвало нормализацию между Саудовской Аравией и Израилем, заявил министр.",
        set(),
    ),
    ("ar", "اتفاقيات أبراهام. لا شيء عرقل التطبيع بين السعودية وإسرائيل، بحسب مسؤول.", set()),
    ("he", "הסכמי אברהם. שום דבר לא הקפיא את הנרמול בין סעודיה לישראל, אמר השר.", set()),
    (
        "id",
        "Abraham Accords. Tidak ada yang menghentikan normalisasi antara Arab Saudi dan Israel, kata menteri itu.",
        set(),
    ),
    (
        "ms",
        "Perjanjian Abraham. Tiada apa yang menghentikan normalisasi antara Arab Saudi dan Israel, kata menteri itu.",
        set(),
    ),
    (
        "tr",
        "İbrahim Anlaşmaları. Hiçbir şey Suudi Arabistan ile İsrail arasındaki normalleşmeyi durduramadı.",
        set(),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_negated_halt_is_no_halt(language, text, expected):
    assert coarse(text, language) == expected
