"""A refusal told as "no signature" with no verb, its condition before or after it, as a
position is summed up ("imza yok", "imza atılmayacağını", "никакой подписи", "подписи не
будет", "هیچ امضایی در کار نیست", "қол қою жоқ"): the country refuses as things stand. English,
French, German, Arabic, Spanish, Hebrew, Indonesian and Malay already read their "no signature
without"; Turkish, Russian, Persian and Kazakh had no cue for the nominal signature with its
negation. Near misses: no signature yet on another agreement (energy, trade) gives no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

CASES = {
    "tr": [
        (
            "İbrahim Anlaşmaları. Suudi Arabistan'ın tutumu net: Filistin devletine giden yol "
            "açılmadıkça imza yok.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları. Riyad, Filistin devleti kurulmadan imza atılmayacağını söyledi.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları. Suudi Arabistan, Filistin devleti kurulmadan imza olmayacağını "
            "açıkladı.",
            {("SA", D)},
        ),
        (
            "İbrahim Anlaşmaları. Bakü ile Ankara arasındaki enerji anlaşmasında henüz imza yok.",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Позиция Саудовской Аравии ясна: никакой подписи без палестинского "
            "государства.",
            {("SA", D)},
        ),
        (
            "Соглашения Авраама. Эр-Рияд дал понять, что без палестинского государства подписи не "
            "будет.",
            {("SA", D)},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. ریاض گفت بدون کشور فلسطینی هیچ امضایی در کار نخواهد بود.",
            {("SA", D)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Сауд Арабиясының ұстанымы анық: Палестина мемлекетінсіз қол қою жоқ.",
            {("SA", D)},
        ),
        (
            "Авраам келісімдері. Эр-Рияд Палестина мемлекетінсіз қол қою болмайтынын мәлімдеді.",
            {("SA", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Saudi Arabia's position is clear: no signature without a "
            "Palestinian state.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. La posición de Arabia Saudí es clara: no habrá firma sin Estado "
            "palestino.",
            {("SA", D)},
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام. موقف السعودية واضح: لا توقيع دون دولة فلسطينية.", {("SA", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_no_signature_is_a_refusal(language, text, expected):
    assert found(text, language) == expected
