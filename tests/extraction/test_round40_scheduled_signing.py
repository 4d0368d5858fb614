"""Round forty, a signing told as planned or scheduled ("Kazakhstan's signing of the Abraham
Accords is scheduled for June", "la signature ... est prévue en juin", "подписание ...
запланировано на июнь", "die Unterzeichnung ... ist für Juni geplant", "la firma ... está
prevista para junio", "توقيع كازاخستان ... مقرر في يونيو", "החתימה ... מתוכננת ליוני",
"Penandatanganan ... dijadwalkan pada Juni", "امضای ... برنامه‌ریزی شده است"): the signing is
still to come, and the joining it seals is announced, not signed (`schedulings`, after the
signing in its clause or right before it: `steps._scheduled_signing`).  Turkish, Malay and
Kazakh read no signing in these sentences at all (a nominalised signing with no case the cues
list), so they are not in the class.  Near misses: a signing dated before the word ("signed on
15 September 2020, as planned for months") took place.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Kazakhstan's formal signing of the Abraham Accords set for Washington next month",
            {("KZ", A)},
        ),
        ("Kazakhstan's signing of the Abraham Accords is scheduled for June.", {("KZ", A)}),
        ("The UAE signed the accords on 15 September 2020, as planned for months.", {("AE", S)}),
    ],
    "fr": [
        ("La signature des accords d'Abraham par le Kazakhstan est prévue en juin.", {("KZ", A)}),
        (
            "Signature des accords d'Abraham par le Kazakhstan prévue le mois prochain",
            {("KZ", A)},
        ),
    ],
    "ru": [
        ("Подписание Казахстаном Соглашений Авраама запланировано на июнь.", {("KZ", A)}),
    ],
    "de": [
        (
            "Die Unterzeichnung der Abraham-Abkommen durch Kasachstan ist für Juni geplant.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "La firma de los Acuerdos de Abraham por parte de Kazajistán está prevista para junio.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        ("توقيع كازاخستان على اتفاقيات أبراهام مقرر في يونيو.", {("KZ", A)}),
    ],
    "he": [
        ("החתימה של קזחסטן על הסכמי אברהם מתוכננת ליוני.", {("KZ", A)}),
    ],
    "id": [
        ("Penandatanganan Abraham Accords oleh Kazakhstan dijadwalkan pada Juni.", {("KZ", A)}),
    ],
    "fa": [
        ("امضای پیمان ابراهیم توسط قزاقستان برای خرداد برنامه‌ریزی شده است.", {("KZ", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_scheduled_signing(language, text, expected):
    check_case(language, text, expected)
