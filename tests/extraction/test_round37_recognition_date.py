"""Round thirty-seven, a recognition's date beside a wish to join: "Somaliland, which Israel
recognised on 12 October 2025, has said it wants to join", "Seit Israel Somaliland am 12.
Oktober 2025 anerkannt hat, will ...", "Reconnu par Israël le 12 octobre 2025, le Somaliland
...", "После того как 12 октября 2025 года Израиль признал ...". A date right beside a word of
recognising (`recognition_words`), with no comma, clause break or step between them, is the
recognition's: the wish, talks or an unrecognised territory's announced joining told beside it
stay undated (labelling rule 8). French "reconnu" and the Malay and Indonesian affixed forms
("mengiktiraf", "diakui") joined the recognition words. Near misses: a date of the wish's own
(opening the sentence, or right after the step, a comma before the recognition), a step told
"the same day" or "hours after" the recognition, and Russian "тут же" (at once, now a
`same_day` word), which keep the day. Own sentences, written for these tests (published
2025-11-20)."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Somaliland, which Israel recognised on 12 October 2025, has said it wants to join the "
            "Abraham Accords.",
            {("XS", P, None)},
        ),
        (
            "On 12 October 2025 Somaliland said it wanted to join the Abraham Accords.",
            {("XS", P, "2025-10-12")},
        ),
        (
            "Hours after Israel recognised it on 12 October 2025, Somaliland said it wanted to join "
            "the Abraham Accords.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "fr": [
        (
            "Reconnu par Israël le 12 octobre 2025, le Somaliland a fait savoir qu'il souhaitait "
            "rejoindre les accords d'Abraham.",
            {("XS", P, None)},
        ),
        (
            "Le 12 octobre 2025, le Somaliland a fait savoir qu'il souhaitait rejoindre les accords "
            "d'Abraham.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "de": [
        (
            "Seit Israel Somaliland am 12. Oktober 2025 anerkannt hat, will die Region den "
            "Abraham-Abkommen beitreten.",
            {("XS", P, None)},
        ),
        (
            "Somaliland hat nach der israelischen Anerkennung im Oktober 2025 den Wunsch bekundet, "
            "den Abraham-Abkommen beizutreten.",
            {("XS", P, None)},
        ),
        (
            "Am 12. Oktober 2025 bekundete Somaliland den Wunsch, den Abraham-Abkommen beizutreten.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "es": [
        (
            "Somalilandia, que Israel reconoció el 12 de octubre de 2025, ha expresado su intención "
            "de unirse a los Acuerdos de Abraham.",
            {("XS", P, None)},
        ),
        (
            "Somalilandia expresó su intención de unirse a los Acuerdos de Abraham el mismo día en "
            "que Israel la reconoció, el 12 de octubre de 2025.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "ru": [
        (
            "После того как 12 октября 2025 года Израиль признал Сомалиленд, его президент заявил о "
            "намерении присоединиться к Авраамовым соглашениям.",
            {("XS", P, None)},
        ),
        (
            "Израиль признал Сомалиленд 12 октября 2025 года, и его президент тут же заявил о "
            "намерении присоединиться к Авраамовым соглашениям.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "tr": [
        (
            "İsrail'in 12 Ekim 2025'te Somaliland'i tanımasının ardından Hargeisa yönetimi İbrahim "
            "Anlaşmaları'na katılma isteğini açıkladı.",
            {("XS", P, None)},
        ),
    ],
    "id": [
        (
            "Setelah Israel mengakui Somaliland pada 12 Oktober 2025, pemimpin wilayah itu "
            "menyatakan niat untuk bergabung dengan Abraham Accords.",
            {("XS", P, None)},
        ),
    ],
    "ms": [
        (
            "Selepas Israel mengiktiraf Somaliland pada 12 Oktober 2025, pemimpinnya menyatakan "
            "hasrat untuk menyertai Perjanjian Abraham.",
            {("XS", P, None)},
        ),
    ],
    "ar": [
        (
            "بعد أن اعترفت إسرائيل بأرض الصومال في 12 أكتوبر 2025، أبدت سلطات هرجيسا رغبتها في "
            "الانضمام إلى اتفاقيات أبراهام.",
            {("XS", P, None)},
        ),
        (
            "أبدت أرض الصومال رغبتها في الانضمام إلى اتفاقيات أبراهام في 12 أكتوبر 2025، بالتزامن "
            "مع اعتراف إسرائيل بها.",
            {("XS", P, "2025-10-12")},
        ),
    ],
    "he": [
        (
            "לאחר שישראל הכירה בסומלילנד ב-12 באוקטובר 2025, הודיעה סומלילנד על רצונה להצטרף "
            "להסכמי אברהם.",
            {("XS", P, None)},
        ),
    ],
    "fa": [
        (
            "پس از آنکه اسرائیل در ۱۲ اکتبر ۲۰۲۵ سومالی‌لند را به رسمیت شناخت، سومالی‌لند اعلام کرد "
            "که می‌خواهد به پیمان ابراهیم بپیوندد.",
            {("XS", P, None)},
        ),
    ],
    "kk": [
        (
            "Израиль 2025 жылғы 12 қазанда таныған Сомалиленд Авраам келісімдеріне қосылу ниетін "
            "білдірді.",
            {("XS", P, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_recognition_date(language, text, expected):
    check_case(language, text, expected)
