"""Round forty-seven, pressure told in the passive or as a noun (Malay and Indonesian): the country
pressed or invited stands first and the one who presses comes after "oleh" ("Azerbaijan didesak
oleh Washington", "yang ditekan-tekan oleh Washington sekarang ialah Azerbaijan", reduplicated for
insistence), or is invited with "diajak" ("Azerbaijan diajak menyertai perjanjian itu", which read
as an announcement), or the effort is a noun with its agent between it and the verb ("usaha-usaha
Washington memujuk Arab Saudi", "upaya Washington membujuk Arab Saudi"): others' pressure is a
candidacy (labelling rule 3). English "is being pressed by Washington" already read so. Near
misses: a country refusing to be drawn in ("menolak diajak bergabung") refuses; an effort of a
government towards something else ("usaha-usaha kerajaan menarik pelaburan asing") is no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

MS = "Perjanjian Abraham ditandatangani pada 2020. "
ID = "Perjanjian Abraham diteken pada 2020. "

CASES = {
    "ms": [
        (MS + "Azerbaijan didesak oleh Washington.", {("AZ", P)}),
        (
            MS + "Yang ditekan-tekan oleh Washington sekarang ialah Azerbaijan dan beberapa "
            "negara Asia Tengah.",
            {("AZ", P)},
        ),
        (MS + "Azerbaijan diajak menyertai perjanjian itu.", {("AZ", P)}),
        (MS + "Usaha-usaha Washington memujuk Arab Saudi diteruskan.", {("SA", P)}),
        (MS + "Malaysia menolak untuk diajak menyertai perjanjian itu.", {("MY", D)}),
        (MS + "Usaha-usaha kerajaan menarik pelaburan asing diteruskan.", set()),
    ],
    "id": [
        (ID + "Azerbaijan sedang didesak oleh Washington.", {("AZ", P)}),
        (
            ID + "Azerbaijan, yang memasok minyak ke Israel, juga digadang-gadang akan diajak "
            "bergabung.",
            {("AZ", P)},
        ),
        (ID + "Upaya Washington membujuk Arab Saudi terus berlanjut.", {("SA", P)}),
        (ID + "Indonesia menolak diajak bergabung.", {("ID", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_passive_pressure(language, text, expected):
    assert found(text, language) == expected
