"""Round thirty-five, a precondition told in German word order: the verb of tying at the end of
a subordinate clause, after its object ("dass sein Land eine Normalisierung mit Israel an einen
glaubwürdigen Weg zu einem palästinensischen Staat knüpft", "an Fortschritte ... koppele"), and
"ohne ... keine diplomatischen Beziehungen / keinen Vertrag / keinen Deal mit Israel geben" with
an adjective before the noun or a treaty for the normalisation. The same classes in English,
French and Spanish (already read) are kept beside them. Near misses: ties knotted with investors
("Kontakte zu Investoren zu knüpfen") are no refusal, a visa without which there is no treaty
about workers is no precondition. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Oman hat bekräftigt, dass es eine Normalisierung mit Israel an einen glaubwürdigen Weg zu einem palästinensischen Staat knüpft.",
            {("OM", D)},
        ),
        (
            "Die Abraham-Abkommen. Katar erklärte, dass es eine Annäherung an Israel an Fortschritte für die Palästinenser koppele.",
            {("QA", D)},
        ),
        (
            "Die Abraham-Abkommen. Katar schwieg dazu. Das Emirat hält an seiner Linie fest, wonach es ohne einen palästinensischen Staat keine diplomatischen Beziehungen zu Israel geben werde.",
            {("QA", D)},
        ),
        (
            "Die Abraham-Abkommen. Oman hat klargemacht, dass es ohne einen palästinensischen Staat keinen Vertrag mit Israel geben wird.",
            {("OM", D)},
        ),
        (
            "Die Abraham-Abkommen. Marokko erklärte, dass es die Normalisierung mit Israel nutzt, um Kontakte zu Investoren zu knüpfen.",
            {("MA", S)},
        ),
        (
            "Die Abraham-Abkommen. Ohne Visum gibt es für Oman keinen Vertrag über Gastarbeiter.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Oman has made clear there will be no treaty with Israel without a Palestinian state.",
            {("OM", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Oman a répété qu'il lie toute normalisation avec Israël à la création d'un État palestinien.",
            {("OM", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Omán dejó claro que no habrá acuerdo con Israel sin un Estado palestino.",
            {("OM", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_precondition_clause_end(language, text, expected):
    check_case(language, text, expected)
