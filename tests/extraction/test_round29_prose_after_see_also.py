""" "Lihat juga Arab Saudi. Putra Mahkota ... mengatakan ...": a furniture word with no colon of
its own ("see also", "lihat juga") opening a long line of several sentences opens prose, not a
link (`finding._prose_after_header`). Near misses: a short link line under the same word, and a
caption with its colon ("Foto: ..."), stay furniture.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "id": [
        (
            "Abraham Accords.\n\nLihat juga Arab Saudi. Putra Mahkota Mohammed bin Salman mengatakan "
            "kepada Trump bahwa kerajaannya ingin menjadi bagian dari Abraham Accords, asalkan ada "
            "jalan yang jelas menuju negara Palestina.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Abraham Accords.\n\nLihat juga Arab Saudi ingin bergabung dengan Abraham Accords",
            set(),
        ),
        (
            "Abraham Accords.\n\nFoto: Arab Saudi ingin bergabung dengan Abraham Accords. Putra Mahkota "
            "Mohammed bin Salman di Gedung Putih, Washington, pada kunjungan resmi bulan lalu.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_prose_after_see_also(language, text, expected):
    check_case(language, text, expected)
