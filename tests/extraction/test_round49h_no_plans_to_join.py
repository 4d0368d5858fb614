"""Round forty-nine, a country's "no plans to join" told with a noun of joining or a word of
existence the plan denials did not hold: Turkish "anlaşmalara katılım planı bulunmadığını
açıkladı", "katılım planı yok" (the verbal noun "katılma planı olmadığını" was read), Russian
"планов на присоединение к соглашениям у него нет", "нет никаких планов на присоединение" (the
infinitive "планов присоединяться ... нет" was read), Arabic "لا توجد لديها خطط للانضمام", "ليس
هناك أي نية للتطبيع" ("ليس لديها خطط للانضمام" was read). Before, the Russian and Arabic ones were
read as the joining they deny, an announcement. Turkish, Russian and Arabic.
Near misses: no plans to join something else ("планов на присоединение к ВТО", "خطط للانضمام إلى
منظمة التجارة العالمية") give nothing; plans discussed or prepared ("обсуждает планы на
присоединение", "katılım planı hazırladığını") are no refusal. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

TR = "BAE 2020'de İbrahim Anlaşmaları'nı imzaladı. "
RU = "ОАЭ подписали Авраамовы соглашения в 2020 году. "
AR = "وقعت الإمارات اتفاقيات أبراهام عام 2020. "
S = "signed"

CASES = {
    "tr": [
        (
            TR + "Özbekistan, anlaşmalara katılım planı bulunmadığını açıkladı.",
            {("AE", S), ("UZ", D)},
        ),
        (TR + "Özbekistan'ın anlaşmalara katılım planı yok.", {("AE", S), ("UZ", D)}),
        (TR + "Özbekistan, anlaşmalara katılım planı hazırladığını açıkladı.", {("AE", S)}),
    ],
    "ru": [
        (
            RU + "Узбекистан заявил, что планов на присоединение к соглашениям у него нет.",
            {("AE", S), ("UZ", D)},
        ),
        (
            RU + "У Узбекистана нет никаких планов на присоединение к соглашениям.",
            {("AE", S), ("UZ", D)},
        ),
        (RU + "Узбекистан заявил, что планов на присоединение к ВТО у него нет.", {("AE", S)}),
        (
            RU + "Узбекистан обсуждает планы на присоединение к соглашениям.",
            {("AE", S), ("UZ", P)},
        ),
    ],
    "ar": [
        (
            AR + "وأعلنت أوزبكستان أنه لا توجد لديها خطط للانضمام إلى الاتفاقيات.",
            {("AE", S), ("UZ", D)},
        ),
        (AR + "وقالت أوزبكستان إنه ليس هناك أي نية للتطبيع مع إسرائيل.", {("AE", S), ("UZ", D)}),
        (
            AR + "وقالت أوزبكستان إنه لا توجد خطط للانضمام إلى منظمة التجارة العالمية.",
            {("AE", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_plans_to_join(language, text, expected):
    assert found(text, language) == expected
