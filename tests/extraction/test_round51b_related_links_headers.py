"""Round fifty-one, the headers of an agency's or a portal's related links ("Weitere
Meldungen:", "Материалы по теме:"): page furniture like "Lesen Sie auch", so the headlines listed under them are no
sentence of the article; read as one sentence, "Tokajew in Washington: Rohstoffabkommen
unterzeichnet" beside "Was die Abraham-Abkommen regeln" made a signing (`boilerplate`; German,
Russian). Near miss: a news digest's header ("More news", "Weitere Nachrichten") opens items of
the page with their own headline and text, which are read. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

CASES = {
    "de": [
        (
            "Kasachstan hat seinen Beitritt zu den Abraham-Abkommen erklärt.\n\nWeitere "
            "Meldungen:\n– Tokajew in Washington: Rohstoffabkommen unterzeichnet\n– "
            "Hintergrund: Was die Abraham-Abkommen regeln",
            {("KZ", A)},
        ),
        (
            "Kasachstan hat seinen Beitritt zu den Abraham-Abkommen erklärt.\n\nWeitere "
            "Meldungen\n– Tokajew in Washington: Rohstoffabkommen unterzeichnet\n– "
            "Hintergrund: Was die Abraham-Abkommen regeln",
            {("KZ", A)},
        ),
    ],
    "ru": [
        (
            "Казахстан объявил о присоединении к Авраамовым соглашениям.\n\nМатериалы по теме:\n"
            "• Токаев в Вашингтоне: подписано соглашение о минералах\n• Что такое Авраамовы "
            "соглашения",
            {("KZ", A)},
        ),
    ],
    "en": [
        (
            "Kazakhstan has said it will join the Abraham Accords.\n\nMore news\nSomaliland: "
            "President Irro will ask to join the Abraham Accords\nHargeisa repeated its wish on "
            "Tuesday.",
            {("KZ", A), ("XS", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_related_links_headers(language, text, expected):
    assert found(text, language) == expected
