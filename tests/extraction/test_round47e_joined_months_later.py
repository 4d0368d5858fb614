"""Round forty-seven, a joining dated by a count after the step told before (Malay "Maghribi, yang
menyertainya tiga bulan kemudian, juga tidak berundur", "menyertainya beberapa bulan kemudian",
Indonesian "Maroko bergabung tiga bulan kemudian"): the joining with "it" or "the agreement" as
its object, then the count and "kemudian" (later), is a joining (`joined`: signed for a first
signatory, announced after 2021), as "menyertainya pada ..." already was; the count gives it no
date (labelling rule 8). Near miss: joining something else months later ("menyertai pasukan bola
sepak tiga bulan kemudian") is no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

MS = "Perjanjian Abraham ditandatangani pada 2020. "
ID = "Perjanjian Abraham diteken pada 2020. "

CASES = {
    "ms": [
        (
            MS + "Emiriah Arab Bersatu dan Bahrain menandatangani perjanjian itu pada September "
            "2020. Maghribi, yang menyertainya tiga bulan kemudian, juga tidak berundur.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (MS + "Kazakhstan menyertainya beberapa bulan kemudian.", {("KZ", A)}),
        (MS + "Pelajar itu menyertai pasukan bola sepak tiga bulan kemudian.", set()),
    ],
    "id": [
        (ID + "Maroko bergabung tiga bulan kemudian.", {("MA", S)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_joined_months_later(language, text, expected):
    assert found(text, language) == expected
