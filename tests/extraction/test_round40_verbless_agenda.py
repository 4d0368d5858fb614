"""Round forty, a refusal told in a headline with no verb ("Tashkent: joining the Abraham
Accords not on the agenda", "Ташкент: вступление в Соглашения Авраама не на повестке",
"طشقند: الانضمام إلى اتفاقيات أبراهام خارج جدول الأعمال", "Menyertai Perjanjian Abraham bukan
dalam agenda"): the country before the colon declines (`cues`, declined: Russian "не на
повестке" without "дня", English "joining the accords not on the agenda" as one phrase, Arabic
"خارج جدول الأعمال", Malay "bukan dalam agenda"; French, German, Spanish, Hebrew, Turkish,
Indonesian, Kazakh and Persian read it already).  Near misses: the issue back on the agenda is
a candidacy, and a joining said with no agenda words stays a joining.  Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "en": [
        ("Tashkent: joining the Abraham Accords not on the agenda", {("UZ", D)}),
        ("Joining the Abraham Accords not on the agenda, says Tashkent", {("UZ", D)}),
        ("Tashkent: joining the Abraham Accords off the agenda", {("UZ", D)}),
        ("Astana: joining the Abraham Accords announced", {("KZ", A)}),
    ],
    "ru": [
        ("Ташкент: вступление в «Соглашения Авраама» не на повестке", {("UZ", D)}),
        (
            "Для Узбекистана вопрос о присоединении к Соглашениям Авраама не на повестке.",
            {("UZ", D)},
        ),
        (
            "Вступление в Соглашения Авраама не стоит на повестке дня Узбекистана.",
            {("UZ", D)},
        ),
    ],
    "ar": [
        ("طشقند: الانضمام إلى اتفاقيات أبراهام خارج جدول الأعمال", {("UZ", D)}),
        ("طشقند: الانضمام إلى اتفاقيات أبراهام ليس على جدول الأعمال", {("UZ", D)}),
    ],
    "ms": [
        ("Tashkent: Menyertai Perjanjian Abraham bukan dalam agenda", {("UZ", D)}),
    ],
    "fr": [
        ("Tachkent : l'adhésion aux accords d'Abraham, pas à l'ordre du jour", {("UZ", D)}),
    ],
    "de": [
        ("Taschkent: Beitritt zu Abraham-Abkommen nicht auf der Tagesordnung", {("UZ", D)}),
    ],
    "es": [
        ("Taskent: la adhesión a los Acuerdos de Abraham, fuera de la agenda", {("UZ", D)}),
    ],
    "he": [
        ("טשקנט: ההצטרפות להסכמי אברהם לא על סדר היום", {("UZ", D)}),
    ],
    "tr": [
        ("Taşkent: İbrahim Anlaşmaları'na katılım gündemde değil", {("UZ", D)}),
    ],
    "id": [
        ("Tashkent: Bergabung dengan Abraham Accords tidak ada dalam agenda", {("UZ", D)}),
    ],
    "kk": [
        ("Ташкент: Авраам келісімдеріне қосылу күн тәртібінде жоқ", {("UZ", D)}),
    ],
    "fa": [
        ("تاشکند: پیوستن به پیمان ابراهیم در دستور کار نیست", {("UZ", D)}),
    ],
}

NEAR_MISSES = {
    "en": [
        (
            "Uzbekistan: joining the Abraham Accords is back on the agenda, analysts say",
            {("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_verbless_agenda(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(NEAR_MISSES, {}))
def test_verbless_agenda_near_misses(language, text, expected):
    check_case(language, text, expected)
