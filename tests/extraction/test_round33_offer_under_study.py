"""Round thirty-three, a proposal or invitation to join that a country is studying, with its
author between the noun and the joining ("изучает предложение американской администрации о
присоединении", "предложение американских партнеров о вступлении", "בוחנת את הצעת הממשל האמריקני
להצטרף", "katılma teklifini inceliyor"): the country weighs others' offer, a candidacy, not a
joining announced. The Russian proposal cue reads a short author phrase (the administration, the
partners, the side, the president) between its parts; the Hebrew one any author between the
construct noun and the infinitive; the Turkish one the offer with no Washington before it.
Near misses: an offer turned down stays a refusal, a country announcing its own joining after
someone's proposal stays announced, and an offer not received gives no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Азербайджан внимательно изучает предложение американской администрации о "
            "присоединении к Соглашениям Авраама.",
            {("AZ", P)},
        ),
        (
            "Соглашения Авраама. Баку рассматривает приглашение американских партнеров о "
            "вступлении в соглашения.",
            {("AZ", P)},
        ),
        (
            "Азербайджан отклонил предложение американской администрации о присоединении к "
            "Соглашениям Авраама.",
            {("AZ", D)},
        ),
        (
            "После предложения Трампа Казахстан объявил о присоединении к Соглашениям Авраама.",
            {("KZ", A)},
        ),
        (
            "Соглашения Авраама. Узбекистан не получал предложения американской стороны о "
            "присоединении к соглашениям.",
            set(),
        ),
    ],
    "he": [
        (
            "אזרבייג'ן בוחנת את הצעת הממשל האמריקני להצטרף להסכמי אברהם.",
            {("AZ", P)},
        ),
        ("אזרבייג'ן שוקלת את ההצעה להצטרף להסכמי אברהם.", {("AZ", P)}),
        (
            "אזרבייג'ן דחתה את הצעת הממשל האמריקני להצטרף להסכמי אברהם.",
            {("AZ", D)},
        ),
        (
            "הממשל בוחן את הצעת החוק, וקזחסטן הודיעה כי תצטרף להסכמי אברהם.",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            "Azerbaycan, İbrahim Anlaşmaları'na katılma teklifini dikkatle inceliyor.",
            {("AZ", P)},
        ),
        (
            "Azerbaycan, Washington'un İbrahim Anlaşmaları'na katılma teklifini değerlendiriyor.",
            {("AZ", P)},
        ),
        ("Azerbaycan, İbrahim Anlaşmaları'na katılma teklifini reddetti.", {("AZ", D)}),
    ],
    "en": [
        (
            "Azerbaijan is studying the proposal of the American administration to join the "
            "Abraham Accords.",
            {("AZ", P)},
        ),
    ],
    "kk": [
        (
            "Әзербайжан Америка әкімшілігінің Авраам келісімдеріне қосылу туралы ұсынысын "
            "зерделеп жатыр.",
            {("AZ", P)},
        ),
    ],
    "id": [
        (
            "Azerbaijan sedang mempelajari tawaran pemerintahan Amerika untuk bergabung dengan "
            "Abraham Accords.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_offer_under_study(language, text, expected):
    check_case(language, text, expected)
