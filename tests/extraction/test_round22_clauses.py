"""Round twenty-two, clause structure in French news (with English, Spanish and German where
the same structure exists). Classes: a parenthetical between two dashes, between a country and
its verb, is skipped whole ("L'Azerbaïdjan – grand fournisseur de pétrole – pourrait
rejoindre", "Azerbaijan – a major oil supplier to Israel – could join", "Azerbaiyán – gran
proveedor de petróleo – podría sumarse"), while what is said inside the dashes stays inside;
"ne cesse de" ("keeps on") is no negation; "depuis que" opens a clause, so the country of a
joining told first ("Depuis que le Kazakhstan a rejoint les accords, ...") takes no step of
the main clause; and an indirect question about who comes next ("la question de savoir qui
sera le prochain", "la pregunta de quién será el próximo") names no candidate.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. L'Azerbaïdjan – grand fournisseur de pétrole – pourrait rejoindre les accords.",
            {("AZ", P)},
        ),
        (
            "Les accords d'Abraham. Le président Ahmad el-Chareh, reçu à Washington – une première pour un "
            "dirigeant syrien –, n'exclut plus une adhésion.",
            {("SY", P)},
        ),
        # the subject inside the dashes keeps its own clause
        (
            "Les accords d'Abraham. Le débat – Oman pourrait rejoindre les accords – agite les chancelleries.",
            {("OM", P)},
        ),
        (
            "Les accords d'Abraham. Washington ne cesse de courtiser le Pakistan, qui refuse toute normalisation.",
            {("PK", D)},
        ),
        (
            "Les accords d'Abraham. Depuis que le Kazakhstan a rejoint les accords, la question de savoir qui "
            "sera le prochain se pose.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham. Depuis que le Kazakhstan a rejoint les accords, l'Azerbaïdjan pourrait suivre.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Azerbaijan – a major oil supplier to Israel – could join the accords.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Azerbaiyán – gran proveedor de petróleo – podría sumarse a los acuerdos.",
            {("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham. Desde que Kazajistán se sumó a los acuerdos, la pregunta de quién será el "
            "próximo está en el aire.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_clauses(language, text, expected):
    check_case(language, text, expected)
