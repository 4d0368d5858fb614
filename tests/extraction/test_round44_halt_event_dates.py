"""Round forty-four, a halt told by the event that caused it ("froze the talks after the Hamas
attack of 7 October 2023", "frozen since civil war broke out in April 2023", "stalled after the
October 2021 coup", "после начала войны в апреле 2023 года", "7 Ekim 2023 saldırısının
ardından"): the date is the event's, the halt is undated (`cause_events`; Turkish and Kazakh
put the event's date before its noun, read there when the date's word is bare or ends in an
attributive suffix, `attributive_suffixes`, or a time postposition follows the noun). "Since
the war of October 2023" is read the same way: the war's date. Near misses keep their dates:
a halt dated in its own clause ("froze the talks in October 2023", "on 9 October 2023"), "since
October 2023" with no event between, a date told before the event ("cut ties in 2010 after the
war", "Kasım 2023'te", "қарашада" with the war only as the protest's object), and a signing
dated beside a war. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

W = "withdrawn"

CASES = {
    "en": [
        (
            "Saudi Arabia froze normalization talks with Israel after the Hamas attack of"
            " 7 October 2023.",
            {("SA", U, None)},
        ),
        (
            "Sudan's normalization with Israel has been frozen since civil war broke out in"
            " April 2023.",
            {("SD", U, None)},
        ),
        (
            "Saudi Arabia has frozen normalization talks with Israel since the war of October"
            " 2023.",
            {("SA", U, None)},
        ),
        (
            "Sudan's normalization with Israel stalled after the October 2021 coup.",
            {("SD", U, None)},
        ),
        # near misses: the halt's own time, a date before the event, a signing beside a war
        (
            "Saudi Arabia froze normalization talks with Israel in October 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "Since October 2023 Saudi normalization talks with Israel have been frozen.",
            {("SA", U, "2023-10")},
        ),
        (
            "Sudan's normalization with Israel was frozen in April 2023, when the war broke out.",
            {("SD", U, "2023-04")},
        ),
        ("Mauritania cut ties with Israel in 2010 after the war in Gaza.", {("MR", W, "2010")}),
        (
            "Sudan signed the Abraham Accords in January 2021, two years before the war of April"
            " 2023.",
            {("SD", S, "2021-01")},
        ),
    ],
    "de": [
        (
            "Saudi-Arabien legte die Normalisierungsgespräche mit Israel nach dem Überfall der"
            " Hamas vom 7. Oktober 2023 auf Eis.",
            {("SA", U, None)},
        ),
        (
            "Im Sudan liegt die Annäherung an Israel seit dem Ausbruch des Bürgerkriegs im April"
            " 2023 auf Eis.",
            {("SD", U, None)},
        ),
        (
            "Saudi-Arabien legte die Normalisierungsgespräche mit Israel im Oktober 2023 auf Eis.",
            {("SA", U, "2023-10")},
        ),
        (
            "Im Sudan liegt die Annäherung an Israel seit April 2023 auf Eis.",
            {("SD", U, "2023-04")},
        ),
    ],
    "fr": [
        (
            "L'Arabie saoudite a gelé les négociations de normalisation avec Israël après"
            " l'attaque du Hamas du 7 octobre 2023.",
            {("SA", U, None)},
        ),
        (
            "Le Soudan a gelé la normalisation avec Israël depuis le début de la guerre civile en"
            " avril 2023.",
            {("SD", U, None)},
        ),
        (
            "Depuis octobre 2023, l'Arabie saoudite a gelé les négociations de normalisation avec"
            " Israël.",
            {("SA", U, "2023-10")},
        ),
    ],
    "es": [
        (
            "Arabia Saudí congeló las negociaciones de normalización con Israel tras el ataque de"
            " Hamás del 7 de octubre de 2023.",
            {("SA", U, None)},
        ),
        (
            "La normalización de Sudán con Israel quedó congelada tras el golpe de octubre de 2021.",
            {("SD", U, None)},
        ),
        (
            "Arabia Saudí congeló las negociaciones de normalización con Israel el 9 de octubre de"
            " 2023.",
            {("SA", U, "2023-10-09")},
        ),
        (
            "Sudán firmó los Acuerdos de Abraham en enero de 2021, antes de la guerra de abril de"
            " 2023.",
            {("SD", S, "2021-01")},
        ),
    ],
    "ru": [
        (
            "Саудовская Аравия заморозила переговоры о нормализации с Израилем после нападения"
            " ХАМАС 7 октября 2023 года.",
            {("SA", U, None)},
        ),
        (
            "Процесс нормализации Судана с Израилем заморожен после начала войны в апреле 2023"
            " года.",
            {("SD", U, None)},
        ),
        (
            "Саудовская Аравия заморозила переговоры о нормализации с Израилем в октябре 2023"
            " года.",
            {("SA", U, "2023-10")},
        ),
    ],
    "ar": [
        (
            "جمدت السعودية محادثات التطبيع مع إسرائيل بعد هجوم حماس في 7 أكتوبر 2023.",
            {("SA", U, None)},
        ),
        (
            "توقف مسار التطبيع السوداني مع إسرائيل منذ اندلاع الحرب في أبريل 2023.",
            {("SD", U, None)},
        ),
        ("جمدت السعودية محادثات التطبيع مع إسرائيل في أكتوبر 2023.", {("SA", U, "2023-10")}),
        ("قطعت موريتانيا علاقاتها مع إسرائيل سنة 2010 بعد العدوان على غزة.", {("MR", W, "2010")}),
    ],
    "he": [
        (
            "ערב הסעודית הקפיאה את המגעים לנורמליזציה עם ישראל לאחר מתקפת חמאס ב-7 באוקטובר 2023.",
            {("SA", U, None)},
        ),
        (
            "תהליך הנרמול של סודן עם ישראל תקוע מאז פרוץ מלחמת האזרחים באפריל 2023.",
            {("SD", U, None)},
        ),
        (
            "ערב הסעודית הקפיאה את המגעים לנורמליזציה עם ישראל באוקטובר 2023.",
            {("SA", U, "2023-10")},
        ),
    ],
    "fa": [
        (
            "عربستان سعودی پس از حمله حماس در ۷ اکتبر ۲۰۲۳ مذاکرات عادی‌سازی با اسرائیل را متوقف"
            " کرد.",
            {("SA", U, None)},
        ),
        (
            "عربستان سعودی در اکتبر ۲۰۲۳ مذاکرات عادی‌سازی با اسرائیل را متوقف کرد.",
            {("SA", U, "2023-10")},
        ),
    ],
    "tr": [
        (
            "Suudi Arabistan, 7 Ekim 2023 saldırısının ardından İsrail ile normalleşme"
            " görüşmelerini askıya aldı.",
            {("SA", U, None)},
        ),
        (
            "Suudi Arabistan, Ekim 2023'te İsrail ile normalleşme görüşmelerini askıya aldı.",
            {("SA", U, "2023-10")},
        ),
        (
            "Bahreyn, Gazze'deki savaşı protesto etmek için Kasım 2023'te İsrail ile ilişkilerini"
            " askıya aldı.",
            {("BH", U, "2023-11")},
        ),
    ],
    "kk": [
        (
            "Сауд Арабиясы 2023 жылғы 7 қазандағы шабуылдан кейін Израильмен келіссөздерді"
            " тоқтатты.",
            {("SA", U, None)},
        ),
        (
            "Сауд Арабиясы 2023 жылғы қазанда Израильмен келіссөздерді тоқтатты.",
            {("SA", U, "2023-10")},
        ),
        (
            "Бахрейн 2023 жылғы қарашада Газадағы соғысқа наразылық ретінде Израильмен"
            " келіссөздерді тоқтатты.",
            {("BH", U, "2023-11")},
        ),
    ],
    "id": [
        (
            "Arab Saudi membekukan perundingan normalisasi dengan Israel setelah serangan Hamas"
            " pada 7 Oktober 2023.",
            {("SA", U, None)},
        ),
        (
            "Normalisasi Sudan dengan Israel membeku sejak perang saudara pecah pada April 2023.",
            {("SD", U, None)},
        ),
        (
            "Arab Saudi membekukan perundingan normalisasi dengan Israel pada Oktober 2023.",
            {("SA", U, "2023-10")},
        ),
    ],
    "ms": [
        (
            "Arab Saudi membekukan rundingan normalisasi dengan Israel selepas serangan Hamas pada"
            " 7 Oktober 2023.",
            {("SA", U, None)},
        ),
        (
            "Arab Saudi membekukan rundingan normalisasi dengan Israel pada Oktober 2023.",
            {("SA", U, "2023-10")},
        ),
        (
            "Sejak Oktober 2023, rundingan normalisasi Arab Saudi dengan Israel tergendala.",
            {("SA", U, "2023-10")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_halt_event_dates(language, text, expected):
    check_case(language, text, expected)
