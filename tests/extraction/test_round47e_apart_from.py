"""Round forty-seven, a country set aside with "apart from" (Indonesian "Di luar Kazakhstan, nama
yang paling sering disebut-sebut ialah Arab Saudi", "Selain Kazakhstan, Azerbaijan juga ...",
Malay "selain", "selain daripada"): the country after the word is compared, not the subject
(`comparisons`), as English "Apart from Kazakhstan, the name most often mentioned is Saudi
Arabia" already read. Near miss: "Selain UAE dan Bahrain, Maghribi juga menandatangani ..."
keeps the first signatories as background members, the sentence says they signed too. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, found

MS = "Perjanjian Abraham ditandatangani pada 2020. "
ID = "Perjanjian Abraham diteken pada 2020. "

CASES = {
    "id": [
        (
            ID + "Di luar Kazakhstan, nama yang paling sering disebut-sebut ialah Arab Saudi.",
            {("SA", P)},
        ),
        (ID + "Selain Kazakhstan, Azerbaijan juga disebut-sebut akan bergabung.", {("AZ", P)}),
    ],
    "ms": [
        (
            MS + "Selain Kazakhstan, Azerbaijan juga disebut-sebut akan menyertai perjanjian itu.",
            {("AZ", P)},
        ),
        (
            MS + "Selain UAE dan Bahrain, Maghribi juga menandatangani perjanjian itu pada 2020.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_apart_from(language, text, expected):
    assert found(text, language) == expected
