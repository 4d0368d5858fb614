"""Round forty-seven, French refusals told with the normalisation or joining as the grammatical
subject or object and the refusing country around it: "une normalisation était exclue", "toute
adhésion est exclue" (the Spanish "está descartada", German "sei ausgeschlossen" and Russian
"исключена" were read, the French predicate was not, and "une adhésion est exclue" even gave an
announcement); "ne se prêtera jamais à une quelconque normalisation" (will never lend itself to);
a condition told by an infinitive with a pronoun object ("continue de le subordonner à la création
d'un État palestinien", "entend la conditionner à"); and a decision tied to a Palestinian state
("a lié sa décision à une perspective d'État palestinien"). Near misses: "une adhésion n'est pas
exclue" is no refusal; a decision tied to something else ("a lié sa décision à l'avis du
Parlement") gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "fr": [
        (FR + "Beyrouth a répété qu'une normalisation était exclue.", {("LB", D)}),
        (FR + "Pour Beyrouth, toute adhésion est exclue à ce stade.", {("LB", D)}),
        (FR + "Le Koweït a fait savoir que la normalisation restait exclue.", {("KW", D)}),
        (FR + "Alger ne se prêtera jamais à une quelconque normalisation.", {("DZ", D)}),
        (
            FR + "Le ministère a réaffirmé que la Tunisie ne se prêterait à aucune normalisation.",
            {("TN", D)},
        ),
        (
            FR
            + "L'Arabie saoudite continue de le subordonner à la création d'un État palestinien.",
            {("SA", D)},
        ),
        (
            FR + "Le Qatar entend la conditionner à un retrait israélien des territoires occupés.",
            {("QA", D)},
        ),
        (
            FR + "L'Arabie saoudite a lié sa décision à une perspective d'État palestinien.",
            {("SA", D)},
        ),
        (FR + "Pour Oman, une adhésion n'est pas exclue.", "not declined"),
        (FR + "Le Koweït a lié sa décision à l'avis de son Parlement.", set()),
    ],
}

KNOWN_MISSES = {}


def _check(language, text, expected):
    got = found(text, language)
    if expected == "not declined":
        assert not any(status == D for _, status in got)
    else:
        assert got == expected


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_normalisation_ruled_out_fr(language, text, expected):
    _check(language, text, expected)
