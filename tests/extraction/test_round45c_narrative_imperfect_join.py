"""Round forty-five, a joining told in the narrative imperfect of a retrospective with the
movement, the process or the club as its object ("Le Maroc rejoignait le mouvement en décembre
2020", "Marruecos se sumaba al movimiento en diciembre de 2020"): a join (`joined`), so signed
for a first signatory's step of 2020-2021 and announced for a later one, where the imperfect
was read only with the accords named as its object (French) or as an announcement (Spanish).
Another movement joined before the accords (the Non-Aligned Movement in 1992) gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found_dated

CASES = {
    "fr": [
        (
            "Les accords d'Abraham ont cinq ans. Le Maroc rejoignait le mouvement en décembre "
            "2020, et le Soudan en janvier 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Le Maroc rejoignait le club des signataires en "
            "décembre 2020.",
            {("MA", S, "2020-12")},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Le Kazakhstan rejoignait le mouvement des "
            "non-alignés en 1992.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham cumplen cinco años. Marruecos se sumaba al movimiento en "
            "diciembre de 2020, y Sudán en enero de 2021.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Los Acuerdos de Abraham. Kazajistán se sumaba a los acuerdos en noviembre, según "
            "anunció Trump.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Los Acuerdos de Abraham cumplen cinco años. Kazajistán se sumaba al movimiento de "
            "países no alineados en 1992.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_narrative_imperfect_join(language, text, expected):
    assert found_dated(text, language, {"MA", "SD", "KZ"}) == expected
