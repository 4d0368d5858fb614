"""Round forty-seven, French candidacies told without the candidate as a subject: an object
relative whose subject is the United States ("Reste l'Arabie saoudite, que l'administration Trump
courtise sans relâche", "la Mauritanie, que des émissaires américains ont discrètement sondée",
"le Niger, que Washington presse de franchir le pas"): the antecedent, before "que", is the
country pressed or courted, a candidacy (rule 3); and the impersonal "il est question de X" ("il
est question depuis des mois de la Mauritanie", "Il est aussi question, plus discrètement, de
l'Ouzbékistan"), others' talk of a candidate in a text about the accords. Near misses: a relative
whose subject is not the United States ("le Maroc, que Riyad observe") gives nothing; "il est
question de" before no country ("il est question d'un accord commercial") gives nothing; a
"pressée" the adjective ("que Washington soit pressée de l'accueillir", in a hurry) is no
pressing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "fr": [
        (
            FR + "Reste l'Arabie saoudite, que l'administration Trump courtise sans relâche.",
            {("SA", P)},
        ),
        (
            FR
            + "On parle de la Mauritanie, que des émissaires américains ont discrètement sondée.",
            {("MR", P)},
        ),
        (FR + "Reste le Niger, que Washington presse de franchir le pas.", {("NE", P)}),
        (FR + "Il est question depuis des mois de la Mauritanie.", {("MR", P)}),
        (FR + "Il est aussi question, plus discrètement, de l'Ouzbékistan.", {("UZ", P)}),
        (FR + "Reste le Maroc, que Riyad observe avec attention.", set()),
        (FR + "Il est question d'un accord commercial entre les deux pays.", set()),
        (
            FR + "Hargeisa espère une adhésion, mais rien n'indique que Washington soit pressée "
            "de l'accueillir.",
            {("XS", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_courted_impersonal_fr(language, text, expected):
    assert found(text, language) == expected
