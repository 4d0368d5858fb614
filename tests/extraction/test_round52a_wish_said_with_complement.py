"""A wish to join said with a place or an audience between the saying verb and the infinitive
("Le prince héritier a dit à Washington vouloir rejoindre les accords d'Abraham", "a assuré devant
la presse vouloir rejoindre", "dijo en Washington querer formar parte de los acuerdos"): the
infinitive "vouloir", "querer" is a wish whatever stands before it, so the joining it governs is
a candidacy (`prospective`, rule 3), as "a dit vouloir rejoindre" already was. Before, the place
between cut the saying verb from its wish and French read an announcement, Spanish nothing. Near
misses: a joining said with a place between and no wish ("a annoncé à Washington rejoindre") is
still an announcement, and a wish of another country in the clause before ("Riyad semble vouloir
attendre, mais le Kazakhstan a rejoint ...") does not reach the joining after it. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

CASES = {
    "fr": [
        (
            "Le prince héritier saoudien a dit à Washington vouloir rejoindre les accords "
            "d'Abraham.",
            {("SA", P)},
        ),
        (
            "Le prince héritier saoudien a assuré devant la presse vouloir rejoindre les accords "
            "d'Abraham.",
            {("SA", P)},
        ),
        ("Le Kazakhstan a annoncé à Washington rejoindre les accords d'Abraham.", {("KZ", A)}),
        (
            "Riyad semble vouloir attendre, mais le Kazakhstan a rejoint les accords d'Abraham.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "El príncipe heredero saudí dijo en Washington querer formar parte de los Acuerdos "
            "de Abraham.",
            {("SA", P)},
        ),
        (
            "El presidente kazajo aseguró ante la prensa querer sumarse a los Acuerdos de Abraham.",
            {("KZ", P)},
        ),
        ("Kazajistán confirmó en Astana su adhesión a los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Riad parece querer esperar, pero Kazajistán se sumó a los Acuerdos de Abraham.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {
    "es-2": "'querer sumarse': the bare infinitive 'sumarse' is read as an announcement past the "
    "wish, as in 'aseguró querer sumarse' with nothing between (not this class's complement)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_said_with_complement(language, text, expected):
    assert found(text, language) == expected
