"""Round forty, round thirty-nine's refusal told as "nothing to discuss" with its condition put
first ("without a Palestinian state there is nothing to talk about", "בלי מדינה פלסטינית אין על
מה לדבר", "sans État palestinien, il n'y a rien à discuter", "ohne palästinensischen Staat gebe
es nichts zu besprechen", "sin un Estado palestino no hay nada que discutir", "без палестинского
государства обсуждать нечего", "من دون دولة فلسطينية لا شيء للنقاش", "tanpa negara Palestin
tiada apa yang perlu dibincangkan"): the country declines (`cues`, declined, the condition word
before the split: en he fr de es ru ar ms; Turkish and Persian read it already).  Only the
conditions that cannot be read otherwise open it: English "while", Spanish "mientras" (whereas)
and Russian "пока" (for now) stay out.  Near miss: "while there is nothing to talk about today,
Riyadh could join" is a candidacy, no refusal.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. Saudi officials say that without a Palestinian state there is nothing to talk about.",
            {("SA", D)},
        ),
        (
            "Abraham Accords. Saudi officials say that while there is nothing to talk about today, Riyadh could join the accords next year.",
            {("SA", P)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. בסעודיה אומרים שבלי מדינה פלסטינית אין על מה לדבר.",
            {("SA", D)},
        ),
        (
            "הסכמי אברהם. סעודיה? לא בקרוב. בריאד אומרים בגלוי שבלי מדינה פלסטינית אין על מה לדבר.",
            {("SA", D)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. L'Arabie saoudite affirme que sans État palestinien, il n'y a rien à discuter.",
            {("SA", D)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Saudi-Arabien sagt, ohne palästinensischen Staat gebe es nichts zu besprechen.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Arabia Saudí afirma que sin un Estado palestino no hay nada que discutir.",
            {("SA", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Саудовская Аравия заявляет, что без палестинского государства обсуждать нечего.",
            {("SA", D)},
        ),
        (
            "Соглашения Авраама. Саудовская Аравия заявляет, что без палестинского государства не о чем говорить.",
            {("SA", D)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. تقول السعودية إنه من دون دولة فلسطينية لا شيء للنقاش.",
            {("SA", D)},
        ),
        (
            "اتفاقيات أبراهام. تقول السعودية إنه بدون دولة فلسطينية لا يوجد ما نناقشه.",
            {("SA", D)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Arab Saudi menyatakan tanpa negara Palestin tiada apa yang perlu dibincangkan.",
            {("SA", D)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Suudi Arabistan, Filistin devleti olmadan konuşacak bir şey olmadığını açıkladı.",
            {("SA", D)},
        ),
    ],
    "fa": [
        (
            "توافق‌های ابراهیم. عربستان اعلام کرد بدون کشور فلسطین چیزی برای گفتگو وجود ندارد.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fronted_nothing_to_discuss(language, text, expected):
    check_case(language, text, expected)
