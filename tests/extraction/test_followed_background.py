"""First signatories read as background members pass their signing on to a continuation in
the next sentence: "The UAE and Bahrain signed in September 2020. Morocco followed in December"
(also "followed that December", "followed three months later"). Indonesian "lalu" after a time
word ("November lalu", last November) is no "then": it carries no step. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. The UAE and Bahrain signed in September 2020. Morocco followed "
            "in December.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "The Abraham Accords. The UAE and Bahrain signed in September 2020. Morocco followed "
            "three months later.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
    "id": [
        (
            "Abraham Accords ditandatangani pada 2020 oleh Israel, Uni Emirat Arab, dan Bahrain. "
            "Maroko dan Sudan kemudian menyusul. Awal November lalu, Kazakhstan menyatakan diri "
            "bergabung.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S), ("KZ", A)},
        ),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_followed_background(language, text, expected):
    check_case(language, text, expected)
