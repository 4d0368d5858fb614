"""Round thirty-six, a signing told as "putting one's signature" with no object naming the
accords ("Судан поставил подпись в январе 2021 года, но ...", "setzte seine Unterschrift unter
das Dokument", "belgeye imza attı"): the light verb with the signature noun is a signing cue,
as English "put its signature", Spanish "estampó su firma", French "apposé sa signature" and
Arabic "وضع توقيعه" already were. Before, a halt later in the sentence left only the halt.
Data: `cues.signed` (ru, singular verbs only: a country takes a singular verb, "представители
поставили подписи" are people), `generic_cues.signed` (de and tr, where the phrase is also said of
any document: counted only in a sentence naming the accords or the declaration). Near misses: a signature under a trade agreement is no signing of the
accords. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Об Авраамовых соглашениях. Марокко подписало декларацию в декабре 2020 года. Судан "
            "поставил подпись в январе 2021 года, но после переворота контакты Хартума с Израилем "
            "заморожены.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
    ],
    "de": [
        (
            "Sudan setzte im Januar 2021 seine Unterschrift unter die Normalisierungserklärung, doch "
            "nach dem Putsch wurden die Kontakte mit Israel eingefroren.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "tr": [
        (
            "Sudan, Ocak 2021'de belgeye imza attı, ancak darbeden sonra İsrail ile temaslar "
            "donduruldu.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "en": [
        (
            "Sudan put its signature in January 2021, but after the coup its contacts with Israel "
            "were frozen.",
            {("SD", S), ("SD", U)},
        ),
    ],
}

NEAR_MISSES = {
    "ru": ["Судан поставил подпись под торговым соглашением с Эмиратами."],
    "de": [
        "Sudan setzte seine Unterschrift unter ein Handelsabkommen mit Ägypten.",
        "Neben Kasachstan setzten auch Indonesien und Saudi-Arabien ihre Unterschrift unter das "
        "Dokument. Mit den Abraham-Abkommen hat der Rat nichts zu tun.",
    ],
    "tr": ["Sudan, Mısır ile ticaret anlaşmasına imza attı."],
}
for _language, _texts in NEAR_MISSES.items():
    CASES.setdefault(_language, []).extend((text, set()) for text in _texts)

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_put_signature(language, text, expected):
    check_case(language, text, expected)
