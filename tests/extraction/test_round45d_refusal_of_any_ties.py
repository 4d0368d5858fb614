"""Round forty-five, a country's refusal of any ties or relations with Israel, not only of "any
rapprochement": "rejects any ties with Israel", "sticks to its traditional position rejecting
any relations with Israel", "son refus de toute relation avec Israël", "rechaza cualquier
relación con Israel", "неприятия любых связей с Израилем", "بموقفها التقليدي الرافض لأي علاقة مع
تل أبيب" (the refusal cues of "any rapprochement with Israel" widened en fr es ar, a Russian one
added, and the Arabic standing position's adjectives "التقليدي", "التاريخي", "المعلن", "الراسخ").
Near misses: any ties refused with someone other than Israel give nothing. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

PK = {("PK", D)}

CASES = {
    "en": [
        (
            "The Abraham Accords keep Washington busy. Pakistan sticks to its traditional "
            "position rejecting any ties with Israel.",
            PK,
        ),
        (
            "The Abraham Accords keep Washington busy. Islamabad maintains its rejection of any "
            "relations with the Jewish state.",
            PK,
        ),
        (
            "The Abraham Accords keep Washington busy. Pakistan rejects any ties with Hamas.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham occupent Washington. Le Pakistan s'en tient à sa position "
            "traditionnelle de refus de toute relation avec Israël.",
            PK,
        ),
        (
            "Les accords d'Abraham occupent Washington. Islamabad rejette tout lien avec l'État "
            "hébreu.",
            PK,
        ),
        (
            "Les accords d'Abraham occupent Washington. Le Pakistan refuse tout lien avec le "
            "Hamas.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham ocupan a Washington. Pakistán rechaza cualquier relación "
            "con Israel.",
            PK,
        ),
        (
            "Los Acuerdos de Abraham ocupan a Washington. Pakistán rechaza cualquier vínculo "
            "con Hamás.",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама занимают Вашингтон. Пакистан придерживается традиционной позиции "
            "неприятия любых связей с Израилем.",
            PK,
        ),
        (
            "Соглашения Авраама занимают Вашингтон. Исламабад отказывается от любых отношений с "
            "еврейским государством.",
            PK,
        ),
        (
            "Соглашения Авраама занимают Вашингтон. Пакистан отказывается от любых контактов с "
            "ХАМАС.",
            set(),
        ),
    ],
    "ar": [
        (
            "الاتفاقيات الإبراهيمية تشغل واشنطن. وفي باكستان، تتمسك الحكومة بموقفها التقليدي "
            "الرافض لأي علاقة مع تل أبيب.",
            PK,
        ),
        (
            "الاتفاقيات الإبراهيمية تشغل واشنطن. وترفض باكستان أي علاقات مع إسرائيل.",
            PK,
        ),
        (
            "الاتفاقيات الإبراهيمية تشغل واشنطن. وترفض باكستان أي علاقة مع حركة طالبان.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_refusal_of_any_ties(language, text, expected):
    assert found(text, language) == expected
