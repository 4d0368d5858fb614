"""Round thirty-four, seeing no point or need "for now" in joining is a refusal: "Ташкент пока не
видит для себя смысла в присоединении к соглашениям", "пока не видит необходимости во
вступлении", and German "sieht keinen Sinn darin, den Abkommen beizutreten", "sieht derzeit
keinen Grund, beizutreten". Russian "пока не" is also "until" and closed the refusal, which read
as the joining noun's announcement; German had no cue for the sense word with the infinitive
after a comma. Near misses: no point in something else, with a joining said after it, and a
plain wish. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама снова обсуждают. Ташкент пока не видит для себя смысла в присоединении к ним.",
            {("UZ", D)},
        ),
        (
            "Соглашения Авраама снова обсуждают. Бишкек пока не видит необходимости во вступлении в соглашения.",
            {("KG", D)},
        ),
        (
            "Душанбе пока не видит оснований присоединяться к соглашениям Авраама.",
            {("TJ", D)},
        ),
        # near misses: no point in something else, a joining said after it
        (
            "Ташкент пока не видит смысла в поездке, но к соглашениям Авраама присоединится.",
            {("UZ", A)},
        ),
        (
            "Ташкент пока не видит смысла в новых пошлинах и хочет присоединиться к соглашениям Авраама.",
            {("UZ", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder Thema. Taschkent sieht keinen Sinn darin, den Abkommen beizutreten.",
            {("UZ", D)},
        ),
        (
            "Bischkek sieht derzeit keinen Grund, den Abraham-Abkommen beizutreten.",
            {("KG", D)},
        ),
        # near miss: no point in something else, then a wish
        (
            "Kritiker sehen keinen Sinn in der Reise; Taschkent will den Abraham-Abkommen beitreten.",
            {("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_point_for_now(language, text, expected):
    check_case(language, text, expected)
