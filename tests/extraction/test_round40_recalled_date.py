"""Round forty, a step recalled with its date after a phrase that ends on the date's own
preposition ("Kazakhstan announced its accession to the accords back in November 2025", "Астана
объявила о своём решении ещё в ноябре 2025 года"): the phrase tells when the old fact was, not
the start of a period as "since" does, so the date is the step's, an announcement's too
(`confidence._recalls`: a `background` phrase of two words or more whose last word is a month
preposition and no "since" preposition).  Spanish "ya en", Turkish "daha ... -te", Indonesian
"sudah ... pada" and Arabic "بالفعل" are no background phrases and keep the date already.  Near
misses: "since 2021" and "первой страной с 2021 года" still start a period and date no joining.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "en": [
        (
            "Kazakhstan announced its accession to the accords back in November 2025.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Астана объявила о своём решении ещё в ноябре 2025 года.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Казахстан объявил о присоединении к Соглашениям Авраама ещё в ноябре 2025 года.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Казахстан стал первой страной с 2021 года, присоединившейся к соглашениям.",
            {("KZ", A, None)},
        ),
    ],
    "es": [
        (
            "Kazajistán anunció su adhesión a los acuerdos ya en noviembre de 2025.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "tr": [
        (
            "Kazakistan, İbrahim Anlaşmaları'na katılımını daha Kasım 2025'te açıklamıştı.",
            {("KZ", A, "2025-11")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_recalled_date(language, text, expected):
    check_case(language, text, expected)
