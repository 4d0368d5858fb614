"""Round thirty-six, talks that are reported ("is reported to be in talks", "is believed to be in
talks": rule 3, reported talks are negotiating, not a hedge), talks "about coming in" (joining
told without naming the accords), and French "en discussion avancée avec": negotiating. Near
misses: reported talks with a neighbour about a border, and a report of something else. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import N, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Azerbaijan is reported to be in talks with US officials about coming in.",
            {("AZ", N)},
        ),
        (
            "The Abraham Accords. Oman is believed to be in talks with Washington about joining.",
            {("OM", N)},
        ),
        ("The Abraham Accords. Mauritania is in talks about coming aboard.", {("MR", N)}),
        ("Azerbaijan is reported to be in talks with Armenia about a border deal.", set()),
        ("The Abraham Accords. Oman is reported to be in the final of the football cup.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Azerbaïdjan, que l'on dit en discussion avancée avec l'équipe de Witkoff, ne confirme rien.",
            {("AZ", N)},
        ),
        (
            "Les accords d'Abraham. Le club est en discussion avancée avec un nouvel entraîneur.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_reported_talks(language, text, expected):
    check_case(language, text, expected)
