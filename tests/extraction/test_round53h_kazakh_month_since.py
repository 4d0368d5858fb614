"""Kazakh: a month in the ablative before "бері" (since): "2024 жылғы наурыздан бері" (since
March 2024), "наурызынан бері", "қарашадан бері", "қыркүйектен бері", "желтоқсаннан бері".  The
month names held no ablative ending, so the date kept its year only; the ablative forms of the
twelve months (`months`: "-дан/-ден/-нан/-тен", "-ынан/-інен/-сынан") now keep its month.  Only
Kazakh is read so: the other languages' "since March 2024" kept the month already.  Near miss: a
month without a year and none before it in the paragraph stays undated, as every month does."""

import pytest

from tests.extraction.found import N, found_dated

TALKS = "Сауд Арабиясы {} бері Израильмен қалыпқа келтіру туралы келіссөздер жүргізіп келеді."


@pytest.mark.parametrize(
    "since,month",
    [
        ("2024 жылғы наурыздан", "2024-03"),
        ("2024 жылғы наурызынан", "2024-03"),
        ("2024 жылғы қарашадан", "2024-11"),
        ("2024 жылғы қыркүйектен", "2024-09"),
        ("2024 жылғы желтоқсаннан", "2024-12"),
        ("2024 жылғы ақпаннан", "2024-02"),
        ("2024 жылғы сәуірден", "2024-04"),
        ("2024 жылғы шілдеден", "2024-07"),
    ],
)
def test_the_month_before_since_keeps_its_month(since, month):
    assert found_dated(TALKS.format(since), "kk", {"SA"}) == {("SA", N, month)}


def test_a_month_without_a_year_stays_undated():
    assert found_dated(TALKS.format("наурыздан"), "kk", {"SA"}) == {("SA", N, None)}
