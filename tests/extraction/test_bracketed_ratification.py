"""Round thirty-four, a members' line with a note on ratification in a bracket after its date:
"- Soudan : janvier 2021 (jamais ratifié)", "- Sudan: January 2021 (never ratified)", "- Sudán:
enero de 2021 (nunca ratificado)", "- Судан: январь 2021 (не ратифицировано)". The ratification
word counted as the line's own step word and the member was lost; a bracket opened after the
country and still open at the word is a note on the member. Near misses: a line with a step of
its own before the bracket, and a line of another year. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham en bref\n- Émirats arabes unis : septembre 2020\n- Soudan : janvier 2021 (jamais ratifié)",
            {("AE", S), ("SD", S)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords at a glance\n- Bahrain: September 2020\n- Sudan: January 2021 (never ratified)",
            {("BH", S), ("SD", S)},
        ),
        (
            "The Abraham Accords at a glance\n- Sudan: January 2021 (not yet ratified)",
            {("SD", S)},
        ),
        # near miss: another year, a war and no signing
        (
            "The Abraham Accords at a glance\n- Sudan: 2023 (civil war, never ratified)",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham en breve\n- Marruecos: diciembre de 2020\n- Sudán: enero de 2021 (nunca ratificado)",
            {("MA", S), ("SD", S)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама: участники\n- ОАЭ: сентябрь 2020\n- Судан: январь 2021 (не ратифицировано)",
            {("AE", S), ("SD", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_bracketed_ratification(language, text, expected):
    check_case(language, text, expected)
