"""A hope told as a noun with "agar" or "supaya" and the country inside the clause it opens
("menyatakan harapannya agar Arab Saudi ikut bergabung", "harapan supaya Oman segera menyusul"):
the country of the clause is a candidate. Near misses: the same hope about a tournament
("ikut serta dalam Piala Asia") or about another task ("ikut membangun kembali Gaza") gives no
claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "id": [
        (
            "Abraham Accords. Trump kembali menyampaikan harapannya agar Arab Saudi ikut bergabung.",
            {("SA", P)},
        ),
        (
            "Abraham Accords. Washington menyatakan harapan supaya Oman segera menyusul.",
            {("OM", P)},
        ),
        (
            "Abraham Accords. Pelatih menyampaikan harapannya agar Indonesia ikut serta dalam Piala Asia.",
            set(),
        ),
        (
            "Abraham Accords. Trump menyatakan harapannya agar Arab Saudi ikut membangun kembali Gaza.",
            set(),
        ),
    ],
    "ms": [
        (
            "Abraham Accords. Trump sekali lagi menyatakan harapannya agar Arab Saudi turut menyertai.",
            {("SA", P)},
        ),
        (
            "Abraham Accords. Washington menyatakan harapan supaya Oman segera menyusul.",
            {("OM", P)},
        ),
        (
            "Abraham Accords. Jurulatih menyatakan harapannya agar Malaysia turut serta dalam Piala Asia.",
            set(),
        ),
    ],
    "en": [
        ("Abraham Accords. Trump again voiced his hope that Saudi Arabia will join.", {("SA", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_hope_that(language, text, expected):
    check_case(language, text, expected)
