"""A country that "will not bow to any pressure" (to recognise Israel, to join) refuses: "tidak
akan tunduk kepada sebarang desakan", "tidak akan tunduk pada segala bentuk tekanan", "hiçbir
baskıya boyun eğmeyecek", "не поддастся никакому давлению", "ne cédera pas aux pressions", "no
cederá ante ninguna presión", "تسلیم هیچ فشاری نخواهد شد". Malay and Indonesian listed the cue
with nothing between the preposition and the noun; a determiner ("sebarang", "segala bentuk")
now fits, and Malay no longer reads the recognition after "desakan untuk" as an announcement.
Near misses: pressure told without a refusal (growing pressure, a minister who says the pressure
is not new) gives no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

CASES = {
    "ms": [
        (
            "Perjanjian Abraham. Perdana Menteri sebelum ini turut menegaskan bahawa Malaysia tidak akan "
            "tunduk kepada sebarang desakan untuk mengiktiraf Israel.",
            {("MY", D)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Indonesia tidak akan tunduk pada segala bentuk tekanan untuk mengakui Israel.",
            {("ID", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Malaysia will not bow to any pressure to recognise Israel, the minister said.",
            {("MY", D)},
        ),
        ("The Abraham Accords. The minister in Kuala Lumpur said the pressure was not new.", set()),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Malezya hiçbir baskıya boyun eğmeyecek, dedi bakan.", {("MY", D)}),
    ],
    "ru": [
        (
            "Соглашения Авраама. Малайзия не поддастся никакому давлению, заявил министр.",
            {("MY", D)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. La Malaisie ne cédera pas aux pressions, a dit le ministre.",
            {("MY", D)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Malasia no cederá ante ninguna presión, dijo el ministro.",
            {("MY", D)},
        ),
    ],
    "fa": [
        ("پیمان ابراهیم. مالزی تسلیم هیچ فشاری نخواهد شد.", {("MY", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_no_bowing_to_pressure_is_a_refusal(language, text, expected):
    assert found(text, language) == expected
