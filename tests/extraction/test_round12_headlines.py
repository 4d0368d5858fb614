"""A headline giving a founder's words after a colon ("Trump: Saudi Arabia will join") tells
his expectation, not the country's decision: a candidacy (Kazakhstan's joining, which the
founders announced, stays announced; a colon after anything else changes nothing). Own
headlines, in each language."""

import pytest

from tests.extraction.found import coarse

CASES = [
    ("en", "Trump: Saudi Arabia will join the Abraham Accords", {("SA", "cand")}),
    ("en", "Netanyahu: Indonesia will soon join the Abraham Accords", {("ID", "cand")}),
    (
        "en",
        "Rubio: Syria and Lebanon will join the Abraham Accords",
        {("LB", "cand"), ("SY", "cand")},
    ),
    ("en", "Trump: Kazakhstan will join the Abraham Accords", {("KZ", "ann")}),
    ("en", "Breaking: Saudi Arabia will join the Abraham Accords", {("SA", "ann")}),
    ("de", "Trump: Saudi-Arabien wird den Abraham-Abkommen beitreten", {("SA", "cand")}),
    ("fr", "Trump : l'Arabie saoudite rejoindra les accords d'Abraham", {("SA", "cand")}),
    ("es", "Trump: Arabia Saudí se unirá a los Acuerdos de Abraham", {("SA", "cand")}),
    ("ru", "Трамп: Саудовская Аравия присоединится к Авраамовым соглашениям", {("SA", "cand")}),
    ("ar", "ترامب: السعودية ستنضم إلى اتفاقيات أبراهام", {("SA", "cand")}),
    ("fa", "ترامپ: عربستان سعودی به پیمان ابراهیم خواهد پیوست", {("SA", "cand")}),
    ("he", "טראמפ: סעודיה תצטרף להסכמי אברהם", {("SA", "cand")}),
    ("id", "Trump: Arab Saudi akan bergabung dengan Abraham Accords", {("SA", "cand")}),
    ("ms", "Trump: Arab Saudi akan menyertai Perjanjian Abraham", {("SA", "cand")}),
    ("tr", "Trump: Suudi Arabistan İbrahim Anlaşmaları'na katılacak", {("SA", "cand")}),
    ("kk", "Трамп: Сауд Арабиясы Авраам келісімдеріне қосылады", {("SA", "cand")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_founder_before_a_colon_tells_an_expectation(language, text, expected):
    assert coarse(text, language) == expected
