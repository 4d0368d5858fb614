"""Turkish says signing with the light verb "imza at-" and the document in the dative ("Sudan
2021 ocağında belgeye imza attı", "bildirgeye imza atmıştı"): the signatory signed, as with
"imzaladı". Only the accords' own documents count: a dative naming another charter ("Kurul
Şartı'na imza attı") gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found

CASES = {
    "tr": [
        ("İbrahim Anlaşmaları. Sudan ise 2021 ocağında Hartum'da belgeye imza attı.", {("SD", S)}),
        (
            "İbrahim Anlaşmaları. Bahreyn, 2020'de Beyaz Saray'da bildirgeye imza atmıştı.",
            {("BH", S)},
        ),
        ("İbrahim Anlaşmaları. Kazakistan, Kurul Şartı'na imza attı.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_turkish_imza_at_is_a_signing(language, text, expected):
    assert found(text, language) == expected
