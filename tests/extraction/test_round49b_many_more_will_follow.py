"""Round forty-nine, "and many more will follow" after a joining ("Kazakhstan adalah negara
pertama ... yang bergabung, dan masih banyak yang akan menyusul", "... dan banyak lagi akan
menyusul"): the nameless "many" is the subject of the following, but with no noun after it
("banyak negara" was already a nameless subject) the candidacy went to the country that had
just joined. New `generic_subjects` entries "(masih) banyak (lagi) yang", "banyak lagi"
(Indonesian), "banyak/ramai lagi", "(masih) banyak/ramai (lagi) yang" (Malay). Indonesian and
Malay (English "many more will follow" and Russian "многие еще последуют" already gave the
joining alone). Near misses: a country named as the one to follow ("dan Azerbaijan akan
menyusul") is still a candidate. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

ID = "Abraham Accords diteken pada 2020. "
MS = "Perjanjian Abraham ditandatangani pada 2020. "

CASES = {
    "id": [
        (
            ID + '"Kazakhstan adalah negara pertama di masa jabatan kedua saya yang bergabung, '
            'dan masih banyak yang akan menyusul," tulis Trump.',
            {("KZ", A)},
        ),
        (
            ID + "Kazakhstan bergabung dengan Abraham Accords, dan banyak lagi akan menyusul.",
            {("KZ", A)},
        ),
        (
            ID + "Kazakhstan bergabung dengan Abraham Accords, dan Azerbaijan akan menyusul.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "ms": [
        (
            MS + '"Kazakhstan ialah negara pertama yang menyertai dalam penggal kedua saya, dan '
            'banyak lagi akan menyusul," tulis Trump.',
            {("KZ", A)},
        ),
        (
            MS + "Kazakhstan menyertai perjanjian itu, dan Azerbaijan akan menyusul.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_many_more_will_follow(language, text, expected):
    assert found(text, language) == expected
