"""Uzbekistan named by its adjective before a government or administration noun, as reports
on the next candidates write it: Turkish "Özbek yönetimini", Arabic "الحكومة الأوزبكية",
Persian "دولت ازبک", Hebrew "הממשלה האוזבקית", Kazakh "өзбекстандық билікті", as English,
French, German, Spanish and Russian already read ("the Uzbek government", "узбекское
правительство"). The country takes the step the sentence tells of that government. Near
misses: the adjective on people who take no step (footballers talking about the accords)
gives no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Abraham Anlaşmaları için Washington'ın Özbek yönetimini de ikna etmeye çalıştığı öne "
            "sürüldü.",
            {("UZ", P)},
        ),
        ("Özbek hükümeti Abraham Anlaşmaları'na katılmayı düşünmüyor.", {("UZ", D)}),
        ("Özbek futbolcular Abraham Anlaşmaları hakkında konuştu.", set()),
    ],
    "ar": [
        ("تحاول واشنطن إقناع الحكومة الأوزبكية بالانضمام إلى اتفاقيات أبراهام.", {("UZ", P)}),
        ("قال مسؤول أوزبكي إن بلاده لن تنضم إلى اتفاقيات أبراهام.", {("UZ", D)}),
    ],
    "fa": [
        ("واشنگتن تلاش می‌کند دولت ازبک را به پیوستن به پیمان ابراهیم قانع کند.", {("UZ", P)}),
        ("فوتبالیست‌های ازبک درباره پیمان ابراهیم صحبت کردند.", set()),
    ],
    "he": [
        ("וושינגטון מנסה לשכנע את הממשלה האוזבקית להצטרף להסכמי אברהם.", {("UZ", P)}),
        ("שחקני הכדורגל האוזבקים דיברו על הסכמי אברהם.", set()),
    ],
    "kk": [
        (
            "Вашингтон өзбекстандық билікті Авраам келісімдеріне қосылуға көндіруге тырысуда.",
            {("UZ", P)},
        ),
    ],
    "en": [
        (
            "Washington is trying to persuade the Uzbek government to join the Abraham Accords.",
            {("UZ", P)},
        ),
    ],
    "ru": [
        (
            "Вашингтон пытается убедить узбекское правительство присоединиться к Соглашениям Авраама.",
            {("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_demonyms(language, text, expected):
    check_case(language, text, expected)
