"""Round forty-seven, a refusal told inside an "as long as" clause ("Solange Riad die
Normalisierung an einen Palästinenserstaat knüpft, dürften Grossprojekte warten", "As long as
Riyadh ties normalisation to a Palestinian state, ...", "Tant que Riyad conditionne la
normalisation à un État palestinien, ..."): the country that is the subject of the refusal's words
in the precondition's own clause is who refuses, as the clause holds its refusal true; countries
inside a precondition were all left out as what it asks for. Spanish "Mientras Riad condicione
..." was read already. Near misses: Palestine inside the clause ("As long as Palestine is not free,
normalisation is impossible") is what is asked for and refuses nothing; a refusal after the
clause's comma is the main clause's; where the precondition word follows its clause (Turkish
"sürece") the rule is not applied. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

CASES = {
    "de": [
        (
            "Solange Riad die Normalisierung an einen Palästinenserstaat knüpft, dürften "
            "Grossprojekte mit Israel warten.",
            {("SA", D)},
        ),
        (
            "Solange Jakarta die Normalisierung mit Israel an einen Palästinenserstaat koppelt, "
            "bleibt der Handel klein.",
            {("ID", D)},
        ),
    ],
    "en": [
        (
            "As long as Riyadh ties normalisation to a Palestinian state, big projects with "
            "Israel will wait.",
            {("SA", D)},
        ),
        ("As long as Palestine is not free, normalisation is impossible.", set()),
    ],
    "fr": [
        (
            "Tant que Riyad conditionne la normalisation à un État palestinien, les grands "
            "projets attendront.",
            {("SA", D)},
        ),
    ],
    "es": [
        (
            "Mientras Riad condicione la normalización a un Estado palestino, los grandes "
            "proyectos esperarán.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_refusal_inside_as_long_as(language, text, expected):
    assert found(text, language) == expected
