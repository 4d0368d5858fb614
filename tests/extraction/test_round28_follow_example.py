"""Not ready to follow the example of the members: a refusal told as readiness denied to follow
their example ("Дамаск пока не готов последовать примеру стран Залива", "Damascus is not yet
ready to follow the example of the Gulf states", "Damaskus ist noch nicht bereit, dem Beispiel
der Golfstaaten zu folgen"; French and Spanish already read "n'est pas prêt à suivre
l'exemple" and "no está dispuesto a seguir el ejemplo"). Russian "пока не" is a precondition
word, so "пока не готов" lists its own tails and now holds the example too. Near misses:
readiness affirmed, a denied readiness for something else, and a member following another's
example give no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        ("Соглашения Авраама. Ливия пока не готова последовать примеру стран Залива.", {("LY", D)}),
        ("Соглашения Авраама. Тунис пока не готов последовать их примеру.", {("TN", D)}),
        ("Соглашения Авраама. Ирак не готов последовать примеру Бахрейна.", {("IQ", D)}),
        ("Соглашения Авраама. Тунис пока не готов к выборам в парламент.", set()),
        ("Соглашения Авраама. Погода в Тунисе пока не готова радовать туристов.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. Libya is not yet ready to follow the example of the Gulf states.",
            {("LY", D)},
        ),
        ("The Abraham Accords. Tunisia is not ready to follow their example.", {("TN", D)}),
        ("The Abraham Accords. Iraq is not yet ready to follow suit.", {("IQ", D)}),
        ("The Abraham Accords. Tunisia is not yet ready to hold elections.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Libyen ist noch nicht bereit, dem Beispiel der Golfstaaten zu folgen.",
            {("LY", D)},
        ),
        ("Die Abraham-Abkommen. Tunesien ist nicht bereit, ihrem Beispiel zu folgen.", {("TN", D)}),
        ("Die Abraham-Abkommen. Tunesien ist noch nicht bereit, Wahlen abzuhalten.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_follow_example(language, text, expected):
    check_case(language, text, expected)
