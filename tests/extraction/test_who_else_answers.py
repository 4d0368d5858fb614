"""A question about who else may join hands its step to the list that answers it: "Who else
might join? Officials have mentioned Azerbaijan and Uzbekistan" (also after "Q:" and "A:"),
"Qui d'autre pourrait les rejoindre ? Les diplomates citent souvent ...", "¿Quién más podría
sumarse? Los diplomáticos mencionan a menudo a ...": candidacies. Names cited by officials
after a sentence naming no group that steps are nothing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords explained. Q: Who else might join? A: Officials have mentioned "
            "Azerbaijan, which already sells oil to Israel, and Uzbekistan.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "More countries could join the Abraham Accords. Officials often mention Azerbaijan "
            "and Uzbekistan.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "The Abraham Accords turned five this year. Officials often mention Azerbaijan as a "
            "trade partner.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Qui d'autre pourrait les rejoindre ? Les diplomates citent "
            "souvent l'Azerbaïdjan et l'Ouzbékistan.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. ¿Quién más podría sumarse? Los diplomáticos mencionan a "
            "menudo a Azerbaiyán y Uzbekistán.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Wer noch beitreten könnte, ist offen. Diplomaten nennen oft "
            "Aserbaidschan.",
            {("AZ", P)},
        ),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_who_else_answer(language, text, expected):
    check_case(language, text, expected)
