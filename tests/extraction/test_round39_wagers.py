"""Round thirty-nine, a wager on a joining ("the analyst bets Saudi Arabia will join by the end of
2027", "מהמר:", "parie que", "wettet, dass", "apuesta a que", "ставит на то, что", "bahse
giriyor", "يراهن", "شرط می‌بندد", "bertaruh", "бәс тігеді"): someone's prediction, prospective and
not announced (`modals`; English already read "bets that" and "is betting"). Near misses: a
joining told as done beside a bet on something else, and a country's own announcement. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "en": [
        ("Abraham Accords. His bet: Saudi Arabia will join the accords.", {("SA", P)}),
        (
            "Abraham Accords. The fund manager wagers that Oman will join the accords.",
            {("OM", P)},
        ),
        ("Abraham Accords. Azerbaijan announced it will join the accords.", {("AZ", A)}),
    ],
    "fr": [
        (
            "Accords d'Abraham. L'analyste parie que l'Arabie saoudite rejoindra les accords.",
            {("SA", P)},
        ),
        ("Accords d'Abraham. Son pari : Oman rejoindra les accords.", {("OM", P)}),
    ],
    "de": [
        (
            "Abraham-Abkommen. Der Analyst wettet, dass Saudi-Arabien den Abkommen beitreten wird.",
            {("SA", P)},
        ),
        (
            "Abraham-Abkommen. Die Börse setzt darauf, dass Oman den Abkommen beitreten wird.",
            {("OM", P)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. El analista apuesta a que Arabia Saudí se unirá a los acuerdos.",
            {("SA", P)},
        ),
        ("Acuerdos de Abraham. Su apuesta: Omán se unirá a los acuerdos.", {("OM", P)}),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Аналитик ставит на то, что Саудовская Аравия присоединится к соглашениям.",
            {("SA", P)},
        ),
        (
            "Авраамовы соглашения. Эксперт готов поспорить, что Оман присоединится к соглашениям.",
            {("OM", P)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Analist, Suudi Arabistan'ın anlaşmalara katılacağına bahse giriyor.",
            {("SA", P)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. ويراهن المحلل على أن السعودية ستنضم إلى الاتفاقيات.",
            {("SA", P)},
        ),
        (
            "اتفاقيات أبراهام. المحلل يراهن على سلع الخليج، والسعودية أعلنت رفضها الانضمام إلى الاتفاقيات.",
            {("SA", D)},
        ),
    ],
    "fa": [
        ("توافق ابراهیم. این تحلیلگر شرط می‌بندد که عربستان به توافق می‌پیوندد.", {("SA", P)}),
    ],
    "he": [
        (
            'הסכמי אברהם. האנליסט הראשי מהמר: "סעודיה תצטרף להסכמי אברהם".',
            {("SA", P)},
        ),
        ("הסכמי אברהם. האנליסט מהמר שעומאן תצטרף להסכמים.", {("OM", P)}),
        ("הסכמי אברהם. עומאן הודיעה שתצטרף להסכמים.", {("OM", A)}),
    ],
    "id": [
        (
            "Perjanjian Abraham. Analis itu bertaruh Arab Saudi akan bergabung dengan perjanjian itu.",
            {("SA", P)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Penganalisis itu bertaruh Arab Saudi akan menyertai perjanjian itu.",
            {("SA", P)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Сарапшы Сауд Арабиясы келісімдерге қосылады деп бәс тігеді.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wagers(language, text, expected):
    check_case(language, text, expected)
