"""Round forty-three, a refusal told as having no plans, the Russian genitive of negation put
first with the owner after it ("планов вступать в соглашения у страны нет", "Намерения
вступить ... у Омана нет"), which was read as a joining, and the Kazakh "қосылу жоспары жоқ"
beside the "қосылу ниеті жоқ" read already: the country's own refusal, declined
(`cues.declined` ru kk; "нет планов вступать", "katılma planı yok" and the other languages'
"has no plans to join" were read already). Near misses: plans that exist, or an unknown, give no
refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Индонезийский МИД прямо сказал, что планов вступать в Соглашения Авраама у страны нет.",
            {("ID", D)},
        ),
        (
            "Планов присоединяться к Соглашениям Авраама у Пакистана нет, заявил министр.",
            {("PK", D)},
        ),
        ("Намерения вступить в Соглашения Авраама у Омана нет.", {("OM", D)}),
        ("Планов вступать в Соглашения Авраама у Баку много, а сомнений нет.", set()),
    ],
    "kk": [
        ("Индонезия Авраам келісімдеріне қосылу жоспары жоқ екенін мәлімдеді.", {("ID", D)}),
        ("Пәкістанның Авраам келісімдеріне қосылу жоспары бар ма, белгісіз.", set()),
    ],
}

KNOWN_MISSES = {
    "ru-4": "the split cue's tail reaches the 'нет' of a later clause ('а сомнений нет'): plans the "
    "country has, told in the genitive, read as a refusal",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_plans_genitive(language, text, expected):
    check_case(language, text, expected)
