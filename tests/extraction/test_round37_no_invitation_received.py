"""Round thirty-seven, a country that says it has received no offer or invitation to join: no
claim, neither interest nor refusal ("had never received an offer to join", "nunca recibió una
invitación para sumarse", "n'a jamais reçu d'offre pour rejoindre", "hat nie ein Angebot zum
Beitritt erhalten", "tidak pernah menerima tawaran untuk bergabung", "никаких предложений о
присоединении ... не получал", "لم تتلق أبدا دعوة للانضمام", "шақыру алмағанын"). The offer
or invitation is others' view of the country (`assessments`), so its negation says only that
nobody asked. Near misses: a refusal said outright, a rejected invitation (a refusal) and an
invitation received (interest). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Tashkent said Uzbekistan had never received an offer to join the Abraham Accords.",
            set(),
        ),
        ("Uzbekistan has never been invited to join the Abraham Accords.", set()),
        ("Uzbekistan rejected an invitation to join the Abraham Accords.", {("UZ", D)}),
        ("Uzbekistan will not join the Abraham Accords.", {("UZ", D)}),
        ("Uzbekistan has received an invitation to join the Abraham Accords.", {("UZ", P)}),
    ],
    "es": [
        ("Uzbekistán nunca recibió una invitación para sumarse a los Acuerdos de Abraham.", set()),
        (
            "Tashkent afirmó que Uzbekistán no ha recibido ofertas para unirse a los Acuerdos de Abraham.",
            set(),
        ),
        ("Uzbekistán no se sumará a los Acuerdos de Abraham.", {("UZ", D)}),
    ],
    "fr": [
        ("L'Ouzbékistan n'a jamais reçu d'offre pour rejoindre les accords d'Abraham.", set()),
        (
            "Tachkent affirme n'avoir reçu aucune proposition d'adhésion aux accords d'Abraham.",
            set(),
        ),
        ("L'Ouzbékistan ne rejoindra pas les accords d'Abraham.", {("UZ", D)}),
    ],
    "de": [
        (
            "Usbekistan hat nie ein Angebot zum Beitritt zu den Abraham-Abkommen erhalten.",
            set(),
        ),
        ("Usbekistan wird den Abraham-Abkommen nicht beitreten.", {("UZ", D)}),
    ],
    "id": [
        ("Uzbekistan tidak pernah menerima tawaran untuk bergabung dengan Abraham Accords.", set()),
        ("Uzbekistan tidak akan bergabung dengan Abraham Accords.", {("UZ", D)}),
    ],
    "ms": [
        ("Uzbekistan tidak pernah menerima tawaran untuk menyertai Perjanjian Abraham.", set()),
        ("Uzbekistan tidak akan menyertai Perjanjian Abraham.", {("UZ", D)}),
    ],
    "ru": [
        (
            "Авраамовы соглашения. В Ташкенте ранее сообщали, что никаких предложений о присоединении к соглашениям Узбекистан не получал.",
            set(),
        ),
        ("Узбекистан не получал предложения присоединиться к Авраамовым соглашениям.", set()),
        ("Узбекистан не присоединится к Авраамовым соглашениям.", {("UZ", D)}),
    ],
    "ar": [
        (
            "قالت طشقند إن أوزبكستان لم تتلق أبدا دعوة للانضمام إلى اتفاقيات أبراهام.",
            set(),
        ),
        ("أوزبكستان لن تنضم إلى اتفاقيات أبراهام.", {("UZ", D)}),
    ],
    "kk": [
        ("Ташкент Өзбекстан Авраам келісімдеріне қосылуға шақыру алмағанын мәлімдеді.", set()),
        ("Өзбекстан Авраам келісімдеріне қосылу туралы ешқандай ұсыныс алмаған.", set()),
    ],
    "tr": [
        (
            "Taşkent, Özbekistan'ın İbrahim Anlaşmaları'na katılması için hiçbir teklif almadığını söyledi.",
            set(),
        ),
    ],
    "fa": [
        ("ازبکستان هیچ پیشنهادی برای پیوستن به توافق ابراهیم دریافت نکرده است.", set()),
    ],
    "he": [
        ("טשקנט מסרה כי אוזבקיסטן מעולם לא קיבלה הזמנה להצטרף להסכמי אברהם.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_invitation_received(language, text, expected):
    check_case(language, text, expected)
