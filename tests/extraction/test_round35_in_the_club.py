"""Round thirty-five, a country said to want to be "in the club" (the accords' circle) is a
candidate, as "wanted to be in the club" and "voulait faire partie du club" were: Spanish
"Islamabad quería estar en el club", French "voulait être dans le club", Russian "хочет быть в
клубе"; negated it is a refusal. Near misses: a person wanting to be in a golf club gives no
claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Trump había asegurado que Islamabad quería estar en el club.",
            {("PK", P)},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Pakistán no quiere estar en el club.",
            {("PK", D)},
        ),
        (
            "Los Acuerdos de Abraham dan que hablar. Trump quiere estar en el club de golf.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham font débat. Trump a assuré que le Pakistan voulait être dans le club.",
            {("PK", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. Трамп заявил, что Пакистан хочет быть в клубе.",
            {("PK", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Trump said Pakistan wanted to be in the club.",
            {("PK", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_in_the_club(language, text, expected):
    check_case(language, text, expected)
