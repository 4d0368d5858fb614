"""Round forty-four, a denial told as a verbless phrase with the country as the holder of the
intention ("لا نية لدى إسلام آباد للانضمام", "لا نية لباكستان للانضمام", "Aucune intention
pour le Pakistan de rejoindre ...", "Pakistan tidak punya niat bergabung"): a refusal, where
the Arabic and French joining words had read as an announcement (`cues.declined` ar fr id ms;
the denial of a country's own plans is labelled a refusal). The other languages' nominal
forms ("no intention of joining", "нет намерения", "katılma niyeti yok", "אין ... כוונה",
"قصدی ... ندارد", "қосылу ниеті жоқ") already read so. Near misses: "لا شك أن ... ستنضم" (no
doubt) stays a joining, an intention that is there stays a candidacy. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "ar": [
        ("الخارجية الباكستانية: لا نية لدى إسلام آباد للانضمام إلى اتفاقيات أبراهام", {("PK", D)}),
        ("لا نية لباكستان للانضمام إلى اتفاقيات أبراهام", {("PK", D)}),
        ("لا خطط لدى عُمان للتطبيع مع إسرائيل في إطار اتفاقيات أبراهام", {("OM", D)}),
        ("لا شك أن باكستان ستنضم إلى اتفاقيات أبراهام.", {("PK", A)}),
    ],
    "fr": [
        ("Aucune intention pour le Pakistan de rejoindre les accords d'Abraham.", {("PK", D)}),
        (
            "Aucune intention chez Riyad de rejoindre les accords d'Abraham pour l'instant.",
            {("SA", D)},
        ),
        ("Riyad a l'intention de rejoindre les accords d'Abraham.", {("SA", P)}),
    ],
    "id": [
        ("Pakistan tidak punya niat bergabung dengan Abraham Accords.", {("PK", D)}),
        ("Pakistan tidak memiliki rencana untuk bergabung dengan Abraham Accords.", {("PK", D)}),
        ("Pakistan punya niat untuk bergabung dengan Abraham Accords.", {("PK", P)}),
    ],
    "ms": [("Pakistan tidak mempunyai hasrat menyertai Perjanjian Abraham.", {("PK", D)})],
    "en": [("No intention to join the Abraham Accords, Pakistan says", {("PK", D)})],
    "ru": [("У Пакистана нет намерения присоединяться к Соглашениям Авраама", {("PK", D)})],
    "es": [("No hay intención en Pakistán de sumarse a los Acuerdos de Abraham.", {("PK", D)})],
    "de": [("Keine Pläne in Islamabad für einen Beitritt zu den Abraham-Abkommen.", {("PK", D)})],
    "tr": [("Pakistan'ın İbrahim Anlaşmaları'na katılma niyeti yok", {("PK", D)})],
    "he": [("אין לפקיסטן כוונה להצטרף להסכמי אברהם", {("PK", D)})],
    "fa": [("پاکستان قصدی برای پیوستن به توافق ابراهیم ندارد", {("PK", D)})],
    "kk": [
        ("Пәкістанның Авраам келісімдеріне қосылу ниеті жоқ.", {("PK", D)}),
        ("Пәкістанда Авраам келісімдеріне қосылу ниеті жоқ.", {("PK", D)}),
    ],
}

KNOWN_MISSES = {
    "kk-2": "the holder in the locative ('Пәкістанда') is not read as the subject of 'ниеті жоқ'",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_intention_nominal(language, text, expected):
    check_case(language, text, expected)
