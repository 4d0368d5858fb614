"""Round forty-five, candidates told by being named again and again or by being also on the list
("In Washington werden immer wieder Aserbaidschan und Usbekistan genannt", "Oman steht auch auf
der Liste", "Uzbekistan is also on the list", "Özbekistan'ın da listede olduğu konuşuluyor"):
others' speculation, prospective (German split cue with the countries between its parts, English
and Turkish "also on the list"; "Genannt werden immer wieder ..." was read already). Near
misses: a list of another kind ("the list of guests") and a country only named gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen sollen wachsen. In Washington werden immer wieder Aserbaidschan "
            "und Usbekistan genannt.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Die Abraham-Abkommen sollen wachsen. Als Kandidat wird häufig Oman genannt.",
            {("OM", P)},
        ),
        ("Die Abraham-Abkommen sollen wachsen. Oman steht auch auf der Liste.", {("OM", P)}),
        ("Die Abraham-Abkommen sollen wachsen. Oman hat den Bericht gelesen.", set()),
    ],
    "en": [
        ("The Abraham Accords may grow. Uzbekistan is also on the list.", {("UZ", P)}),
        ("The Abraham Accords may grow. Oman too figures on the list.", {("OM", P)}),
        ("The Abraham Accords may grow. Oman published the list of guests.", set()),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları genişliyor. Özbekistan'ın da listede olduğu konuşuluyor.",
            {("UZ", P)},
        ),
        ("İbrahim Anlaşmaları genişliyor. Umman da listede yer alıyor.", {("OM", P)}),
        ("İbrahim Anlaşmaları genişliyor. Umman listeyi yayımladı.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_named_again(language, text, expected):
    assert found(text, language) == expected
