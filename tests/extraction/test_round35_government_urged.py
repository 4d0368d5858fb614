"""Round thirty-five, an unnamed government urged to keep refusing ("urge the government to keep
rejecting normalisation", Indonesian "meminta pemerintah tetap menolak normalisasi", and the
headline's bare "Minta Pemerintah Tetap Tolak Normalisasi") is the group pressed, as "Muslim
countries called on to reject" was: the refusal is not the country named before it as the object
of a recognition ("Israel's recognition of Somaliland"). Indonesian "minta" is a modal as
"meminta" was. Near misses: a country that states its government keeps refusing still refuses,
and a country asked to join by name is a candidate. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "id": [
        (
            "MPU Aceh Kecam Pengakuan Israel atas Somaliland, Minta Pemerintah Tetap Tolak Normalisasi",
            set(),
        ),
        (
            "Ulama mengecam pengakuan Israel atas Somaliland dan meminta pemerintah tetap menolak "
            "normalisasi.",
            set(),
        ),
        (
            "Indonesia menegaskan bahwa pemerintah tetap menolak normalisasi dengan Israel.",
            {("ID", D)},
        ),
        ("Indonesia minta Arab Saudi bergabung dengan Abraham Accords.", {("SA", P)}),
    ],
    "en": [
        (
            "Clerics condemn Israel's recognition of Somaliland, urge the government to keep rejecting "
            "normalisation.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_government_urged(language, text, expected):
    check_case(language, text, expected)
