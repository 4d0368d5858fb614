"""Round forty-five, "neither today nor tomorrow" ("ni aujourd'hui ni demain", "ni hoy ni
mañana", "weder heute noch morgen", "ни сегодня, ни завтра", "لا اليوم ولا غدا", "ne bugün ne
yarın", "לא היום ולא מחר", "نه امروز و نه فردا"): an idiom of refusal, not a day; the refusal
beside it takes no publication date from its "today" (`relative_blockers`). Controls: a refusal
told "today" in its own words keeps the day. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

UNDATED = {("DZ", D, None)}
TODAY = {("DZ", D, "2025-11-20")}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. L'Algérie ne normalisera pas ses relations avec Israël, ni "
            "aujourd'hui ni demain, a répété le président Tebboune.",
            UNDATED,
        ),
        (
            "Les accords d'Abraham. Pour Alger, il n'y aura pas de normalisation avec Israël, ni "
            "aujourd'hui, ni demain.",
            UNDATED,
        ),
        (
            "Les accords d'Abraham. L'Algérie a répété aujourd'hui qu'elle ne normalisera pas ses "
            "relations avec Israël.",
            TODAY,
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Algeria will not normalise relations with Israel, neither today "
            "nor tomorrow, President Tebboune said.",
            UNDATED,
        ),
        (
            "The Abraham Accords. Algeria said today it will not normalise relations with Israel.",
            TODAY,
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Argelia no normalizará sus relaciones con Israel, ni hoy ni "
            "mañana, dijo el presidente Tebún.",
            UNDATED,
        ),
        (
            "Los Acuerdos de Abraham. Argelia dijo hoy que no normalizará sus relaciones con Israel.",
            TODAY,
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Algerien wird seine Beziehungen zu Israel weder heute noch "
            "morgen normalisieren, sagte Präsident Tebboune.",
            UNDATED,
        ),
        (
            "Die Abraham-Abkommen. Algerien erklärte heute, es werde seine Beziehungen zu Israel "
            "nicht normalisieren.",
            TODAY,
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Алжир не будет нормализовать отношения с Израилем ни сегодня, ни "
            "завтра, заявил президент Теббун.",
            UNDATED,
        ),
        (
            "Соглашения Авраама. Алжир сегодня заявил, что не будет нормализовать отношения с "
            "Израилем.",
            TODAY,
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. أكد الرئيس تبون أن الجزائر لن تطبع مع إسرائيل لا اليوم ولا غدا.",
            UNDATED,
        ),
        ("اتفاقيات أبراهام. أكدت الجزائر اليوم أنها لن تطبع مع إسرائيل.", TODAY),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Cezayir, İsrail ile ilişkilerini ne bugün ne yarın "
            "normalleştirmeyecek, dedi Cumhurbaşkanı Tebbun.",
            UNDATED,
        ),
        (
            "İbrahim Anlaşmaları. Cezayir bugün İsrail ile ilişkilerini normalleştirmeyeceğini "
            "açıkladı.",
            TODAY,
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Aljazair tidak akan menormalisasi hubungan dengan Israel, baik "
            "hari ini maupun besok, kata Presiden Tebboune.",
            UNDATED,
        ),
        (
            "Perjanjian Abraham. Aljazair hari ini menegaskan tidak akan menormalisasi hubungan "
            "dengan Israel.",
            TODAY,
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Algeria tidak akan menormalkan hubungan dengan Israel, sama ada "
            "hari ini atau esok, kata Presiden Tebboune.",
            UNDATED,
        ),
        (
            "Perjanjian Abraham. Algeria hari ini menegaskan tidak akan menormalkan hubungan dengan "
            "Israel.",
            TODAY,
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. אלג'יריה לא תנרמל את יחסיה עם ישראל, לא היום ולא מחר, אמר הנשיא תבון.",
            UNDATED,
        ),
        ("הסכמי אברהם. אלג'יריה הודיעה היום כי לא תנרמל את יחסיה עם ישראל.", TODAY),
    ],
    "fa": [
        (
            "پیمان ابراهیم. رئیس‌جمهور تبون گفت الجزایر نه امروز و نه فردا روابط خود با اسرائیل را "
            "عادی نخواهد کرد.",
            UNDATED,
        ),
        ("پیمان ابراهیم. الجزایر امروز اعلام کرد روابط خود با اسرائیل را عادی نخواهد کرد.", TODAY),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_neither_today_nor_tomorrow(language, text, expected):
    check_case(language, text, expected)
