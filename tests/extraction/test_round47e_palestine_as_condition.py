"""Round forty-seven, a Palestinian state made the condition (Malay "Arab Saudi masih meletakkan
penubuhan negara Palestin sebagai syarat", Indonesian "menjadikan negara Palestina sebagai
syarat", English "makes a Palestinian state a condition"): the country's own precondition is a
refusal as things stand (labelling rule 4), as "meletakkan syarat penubuhan negara Palestin"
already was. The Palestinian state must be what is set as the condition. Near miss: something
else made a condition ("menjadikan kehadiran sebagai syarat biasiswa") is no claim. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

MS = "Perjanjian Abraham ditandatangani pada 2020. "
ID = "Perjanjian Abraham diteken pada 2020. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "ms": [
        (
            MS + "Arab Saudi masih meletakkan penubuhan negara Palestin sebagai syarat.",
            {("SA", D)},
        ),
        (MS + "Malaysia menjadikan kehadiran sebagai syarat biasiswa.", set()),
    ],
    "id": [
        (ID + "Arab Saudi menjadikan negara Palestina sebagai syarat.", {("SA", D)}),
        (ID + "Indonesia menjadikan nilai bahasa Inggris sebagai syarat kelulusan.", set()),
    ],
    "en": [
        (EN + "Saudi Arabia makes a Palestinian state a condition.", {("SA", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_palestine_as_condition(language, text, expected):
    assert found(text, language) == expected
