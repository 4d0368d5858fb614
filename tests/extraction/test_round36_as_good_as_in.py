"""Round thirty-six, others saying a country is "as good as in" ("die Saudis seien so gut wie
dabei", "practically on board", "pratiquement à bord", "prácticamente dentro"): speculation,
prospective (rule 3). Near misses: "practically in ruins", "as good as their word", "noch lange
nicht dabei". Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Präsident Trump behauptet dagegen, die Saudis seien „so gut wie dabei“.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Die Saudis seien noch lange nicht dabei, sagt ein Diplomat.",
            set(),
        ),
    ],
    "en": [
        ("The Abraham Accords. Trump claims the Saudis are as good as in.", {("SA", P)}),
        ("The Abraham Accords. Trump claims Riyadh is practically on board.", {("SA", P)}),
        ("The Abraham Accords. Sudan is practically in ruins.", set()),
        ("The Abraham Accords. The Saudis are as good as their word.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Selon Trump, les Saoudiens sont pratiquement à bord.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Según Trump, los saudíes están prácticamente dentro.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_as_good_as_in(language, text, expected):
    check_case(language, text, expected)
