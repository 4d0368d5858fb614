"""Round thirty-five, a country whose name keeps coming up, told in a relative clause after the
name, is a candidate, as the name that circulates was in round thirty-four ("L'Azerbaïdjan, dont
le nom revient avec insistance", "Azerbaiyán, cuyo nombre suena con fuerza", "Aserbaidschan,
dessen Name in Washington immer wieder fällt", "Azerbaijan, whose name keeps coming up",
"Азербайджан, чьё имя всё чаще звучит"). Near misses: the name of a person in the same relative
clause gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham reviennent. L'Azerbaïdjan, dont le nom revient avec insistance dans les couloirs du département d'État, a beaucoup à gagner.",
            {("AZ", P)},
        ),
        (
            "Les accords d'Abraham reviennent. L'Arménie, dont le nom ne cesse de revenir à Washington, se tait.",
            {("AM", P)},
        ),
        (
            "Les accords d'Abraham reviennent. Le ministre, dont le nom revient avec insistance, reste discret.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven. Azerbaiyán, cuyo nombre suena con fuerza en Washington, tiene mucho que ganar.",
            {("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham vuelven. Armenia, cuyo nombre vuelve a sonar en los pasillos del Departamento de Estado, calla.",
            {("AM", P)},
        ),
        (
            "Los Acuerdos de Abraham vuelven. El enviado, cuyo nombre vuelve a sonar, calla.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind Thema. Aserbaidschan, dessen Name in Washington immer wieder fällt, hat viel zu gewinnen.",
            {("AZ", P)},
        ),
        (
            "Die Abraham-Abkommen sind Thema. Der Gesandte, dessen Name in Washington immer wieder fällt, schweigt.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are back. Azerbaijan, whose name keeps coming up in Washington, has much to gain.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. Азербайджан, чьё имя всё чаще звучит в Вашингтоне, может много выиграть.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_whose_name(language, text, expected):
    check_case(language, text, expected)
