"""Round forty, a leader naming a country among those he hopes will join, the hope in a relative
clause: Indonesian "negara yang ia harapkan bergabung", Malay "negara yang diharap akan
menyertai", Turkish "katılacağını umduğu ülkeler" (`modals`: "harapkan", "diharap", "umduğu");
before, Indonesian and Malay read the joining as announced. en fr es ru ar fa he kk read it
already. Near misses: an announced step next to it keeps its status. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "id": [
        (
            "Trump menyebut Indonesia sebagai salah satu negara yang ia harapkan bergabung dengan Abraham Accords.",
            {("ID", P)},
        ),
        (
            "Kazakhstan bergabung dengan Abraham Accords. Trump menyebut Indonesia sebagai negara yang ia harapkan bergabung dengan perjanjian itu.",
            {("KZ", A), ("ID", P)},
        ),
    ],
    "ms": [
        (
            "Trump menyebut Indonesia antara negara yang diharap akan menyertai Perjanjian Abraham.",
            {("ID", P)},
        ),
    ],
    "tr": [
        (
            "Trump, Endonezya'yı İbrahim Anlaşmaları'na katılacağını umduğu ülkeler arasında saydı.",
            {("ID", P)},
        ),
    ],
    "en": [
        (
            "Trump has named Indonesia among the countries he hopes will join the accords.",
            {("ID", P)},
        ),
    ],
    "es": [
        (
            "Trump mencionó a Indonesia entre los países que espera que se sumen a los acuerdos.",
            {("ID", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_countries_hoped_to_join(language, text, expected):
    check_case(language, text, expected)
