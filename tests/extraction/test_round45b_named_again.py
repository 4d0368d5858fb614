"""Round forty-five, candidates told by being also on the list ("Oman steht auch auf der Liste",
"Uzbekistan is also on the list", "Özbekistan'ın da listede olduğu konuşuluyor"): others'
speculation, prospective (German, English and Turkish `cues.prospective`). Near misses: a list of
another kind ("the list of guests"), a country only named, and a country "immer wieder als
Partner genannt" give nothing; the countries between "werden immer wieder" and "genannt" stay a
known miss. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

CASES = {
    "de": [
        ("Die Abraham-Abkommen sollen wachsen. Oman steht auch auf der Liste.", {("OM", P)}),
        ("Die Abraham-Abkommen sollen wachsen. Oman hat den Bericht gelesen.", set()),
        (
            "Kasachstan trat den Abraham-Abkommen bei. Die Emirate werden immer wieder als Partner "
            "genannt.",
            {("KZ", "announced")},
        ),
        (
            "Die Abraham-Abkommen sollen wachsen. In Washington werden immer wieder Aserbaidschan "
            "und Usbekistan genannt.",
            {("AZ", P), ("UZ", P)},
        ),
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

KNOWN_MISSES = {
    "de-4": "the countries between 'werden immer wieder' and 'genannt': a split cue there would also "
    "take a country named before it in a role ('Die Emirate werden oft als Vorbild genannt')",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_named_again(language, text, expected):
    assert found(text, language) == expected
