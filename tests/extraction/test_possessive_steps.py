"""A possessive anaphor whose noun is a step ("its normalisation", "its deal", "sa
normalisation", "son accord", "su normalización", "su acuerdo"; `possessive_steps`,
`claims._anaphor_end`): when a halt's or an announcement's cue opens with the noun ("its
normalisation stalled", "son accord a été annoncé"), the possessive stands for the country
of the sentence before and the noun belongs to the cue. Near misses: the same anaphor with
no step word ("was discussed") gives no claim, and a possessive before another noun ("its
trade deal") is no step of the accords. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Sudan followed. Its normalisation stalled after the war.",
            {("SD", U, None)},
        ),
        (
            "The Abraham Accords. Sudan followed. Its deal was announced on October 23, 2020.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "The Abraham Accords. Sudan followed. Its normalisation was discussed again on Monday.",
            set(),
        ),
        (
            "The Abraham Accords. Sudan followed. Its trade deal with India was announced on "
            "Monday.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Soudan a suivi. Sa normalisation a été gelée après la "
            "guerre.",
            {("SD", U, None)},
        ),
        (
            "Les accords d'Abraham. Le Soudan a suivi. Son accord a été annoncé le 23 octobre "
            "2020.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "Les accords d'Abraham. Le Soudan a suivi. Sa normalisation a été discutée lundi.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Sudán siguió. Su normalización quedó congelada tras la "
            "guerra.",
            {("SD", U, None)},
        ),
        (
            "Los Acuerdos de Abraham. Sudán siguió. Su acuerdo fue anunciado el 23 de octubre "
            "de 2020.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "Los Acuerdos de Abraham. Sudán siguió. Su normalización fue debatida el lunes.",
            set(),
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_possessive_steps(language, text, expected):
    check_case(language, text, expected)
