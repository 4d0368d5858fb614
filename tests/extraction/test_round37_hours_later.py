"""Round thirty-seven, a step told "hours later" than a day named in the sentence before:
"Israel recognised Somaliland on 12 October 2025. Within hours, Somaliland said it wanted to
join", "Horas después", "Quelques heures plus tard", "Wenige Stunden später", "Через несколько
часов", "وبعد ساعات", "שעות ספורות לאחר מכן", "Beberapa jam kemudian", "Birkaç saat sonra", "چند
ساعت بعد", "Бірнеше сағаттан кейін". Hours after a day are that day: the phrases joined
`same_day`, so a step with no date of its own takes the last day named in the two sentences
before. Near miss: "weeks later" names no day. Own sentences, written for these tests
(published 2025-11-20)."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Israel recognised Somaliland on 12 October 2025. Within hours, Somaliland said it wanted to join the Abraham Accords.",
            {("XS", P, "2025-10-12")},
        ),
        (
            "Israel recognised Somaliland on 12 October 2025. Weeks later, Somaliland said it wanted to join the Abraham Accords.",
            {("XS", P, None)},
        ),
    ],
    "es": [
        (
            "Israel reconoció a Somalilandia el 12 de octubre de 2025. Horas después, Somalilandia expresó su intención de unirse a los Acuerdos de Abraham.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "fr": [
        (
            "Israël a reconnu le Somaliland le 12 octobre 2025. Quelques heures plus tard, le Somaliland a fait savoir qu'il souhaitait rejoindre les accords d'Abraham.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "de": [
        (
            "Israel erkannte Somaliland am 12. Oktober 2025 an. Wenige Stunden später bekundete Somaliland den Wunsch, den Abraham-Abkommen beizutreten.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "ru": [
        (
            "Израиль признал Сомалиленд 12 октября 2025 года. Через несколько часов Сомалиленд заявил о намерении присоединиться к Авраамовым соглашениям.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "ar": [
        (
            "اعترفت إسرائيل بأرض الصومال في 12 أكتوبر 2025. وبعد ساعات، أبدت أرض الصومال رغبتها في الانضمام إلى اتفاقيات أبراهام.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "he": [
        (
            "ישראל הכירה בסומלילנד ב-12 באוקטובר 2025. שעות ספורות לאחר מכן הודיעה סומלילנד על רצונה להצטרף להסכמי אברהם.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "id": [
        (
            "Israel mengakui Somaliland pada 12 Oktober 2025. Beberapa jam kemudian, Somaliland menyatakan niat untuk bergabung dengan Abraham Accords.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "ms": [
        (
            "Israel mengiktiraf Somaliland pada 12 Oktober 2025. Beberapa jam kemudian, Somaliland menyatakan hasrat untuk menyertai Perjanjian Abraham.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "tr": [
        (
            "İsrail 12 Ekim 2025'te Somaliland'i tanıdı. Birkaç saat sonra Somaliland, İbrahim Anlaşmaları'na katılma isteğini açıkladı.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "fa": [
        (
            "اسرائیل در ۱۲ اکتبر ۲۰۲۵ سومالی\u200cلند را به رسمیت شناخت. چند ساعت بعد، سومالی\u200cلند اعلام کرد که می\u200cخواهد به پیمان ابراهیم بپیوندد.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "kk": [
        (
            "Израиль 2025 жылғы 12 қазанда Сомалилендті таныды. Бірнеше сағаттан кейін Сомалиленд Авраам келісімдеріне қосылу ниетін білдірді.",
            {("XS", P, "2025-10-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_hours_later(language, text, expected):
    check_case(language, text, expected)
