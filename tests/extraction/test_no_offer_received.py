"""Round thirty-two, an offer or invitation to join that a country says it has not received is
no claim: not a refusal ("не получал предложения присоединиться", "has not received an
invitation to join", "no ha recibido ninguna invitación", "n'a reçu aucune invitation", "hat
keine Einladung erhalten"); the Russian offer words joined `assessments`, and an offer "о
присоединении" is a prospective cue of its own, so the bare accession noun no longer reads it
as a joining announced. Near misses: an offer received is others' wish (prospective); an offer
turned down is a refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. МИД: Кыргызстан не получал предложения присоединиться к "
            "Соглашениям Авраама.",
            set(),
        ),
        (
            "Соглашения Авраама. Министерство иностранных дел Кыргызстана не получало "
            "официальных предложений о присоединении к Соглашениям Авраама.",
            set(),
        ),
        (
            "Соглашения Авраама. Кыргызстан получил предложение о присоединении к соглашениям.",
            {("KG", P)},
        ),
        ("Соглашения Авраама. Казахстан отклонил предложение о присоединении.", {("KZ", D)}),
    ],
    "en": [
        (
            "The Abraham Accords. Kyrgyzstan has not received an invitation to join the "
            "Abraham Accords.",
            set(),
        ),
        (
            "The Abraham Accords. Kyrgyzstan has received an invitation to join the Abraham "
            "Accords.",
            {("KG", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Kirguistán no ha recibido ninguna invitación para sumarse "
            "a los Acuerdos de Abraham.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Kirghizistan n'a reçu aucune invitation à rejoindre les "
            "accords d'Abraham.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Kirgistan hat keine Einladung erhalten, den "
            "Abraham-Abkommen beizutreten.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_offer_received(language, text, expected):
    check_case(language, text, expected)
