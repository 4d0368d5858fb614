"""Round forty-seven, Somaliland named as "the territory that declared independence from Somalia"
(Indonesian "Wilayah yang memproklamasikan diri merdeka dari Somalia itu kemudian menyatakan
berniat bergabung", Malay "Wilayah yang mengisytiharkan kemerdekaan daripada Somalia"): the phrase
is an anaphor for the unrecognised territory named before (`anaphora`), as "wilayah yang
memisahkan diri" already was, so its intention to join is Somaliland's, not Somalia's. Near miss:
with no territory named before, the phrase stands for none. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

CASES = {
    "id": [
        (
            "Perjanjian Abraham diteken pada 2020. Langkah Israel mengakui Somaliland akhir "
            "Desember lalu ikut disorot. Wilayah yang memproklamasikan diri merdeka dari Somalia "
            "itu kemudian menyatakan berniat bergabung dengan perjanjian tersebut.",
            {("XS", P)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham ditandatangani pada 2020. Israel mengiktiraf Somaliland. Wilayah "
            "yang mengisytiharkan kemerdekaan daripada Somalia itu menyatakan hasrat untuk "
            "menyertai perjanjian itu.",
            {("XS", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_declared_independence(language, text, expected):
    assert found(text, language) == expected
