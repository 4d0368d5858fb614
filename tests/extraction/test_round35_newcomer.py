"""Round thirty-five, the accords' newcomer is a joining announced, the signing still to come
(rule 1): "le premier nouveau venu", "le nouveau venu des accords", "the newest arrival", "the
latest newcomer to the accords", "el recién llegado a los acuerdos", "новичок соглашений", "der
Neuling unter den Unterzeichnern". Near misses: a newcomer to a government or an embassy gives no
claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. Le Kazakhstan, annoncé en novembre comme le premier nouveau venu du second mandat Trump, n'a toujours pas signé.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Les accords d'Abraham font débat. Le Kazakhstan est le nouveau venu des accords.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham font débat. Le nouveau venu au gouvernement marocain a prêté serment.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Kazakhstan, the newest arrival of Trump's second term, has yet to sign.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords are in the news. Kazakhstan is the latest newcomer to the accords.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords are in the news. A newcomer to the embassy in Rabat is a trade attaché.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Kazajistán, el recién llegado a los acuerdos, aún no ha firmado.",
            {("KZ", A)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. Казахстан, новичок соглашений, пока не подписал документ.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder Thema. Kasachstan, der Neuling unter den Unterzeichnern, hat noch nicht unterschrieben.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_newcomer(language, text, expected):
    check_case(language, text, expected)
