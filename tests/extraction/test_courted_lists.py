"""A founder courting or approaching countries, with an adverb before or after the verb
("Washington courtise aussi la Mauritanie", "Washington también corteja a Mauritania",
"Washington juga tengah mendekati Mauritania dan Somaliland", "kini tengah memujuk"), makes
each of them a candidate (`prospective`), every country of the list a comma or a conjunction
joins to the first, also after a partner word inside the cue ("peace with Saudi Arabia and
Indonesia would be a huge prize"); a price approaching a number is none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Washington courtise aussi la Mauritanie et le Somaliland.",
            {("MR", P), ("XS", P)},
        ),
        ("Les accords d'Abraham. Trump courtise également Oman.", {("OM", P)}),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Washington también corteja a Mauritania.", {("MR", P)}),
    ],
    "id": [
        (
            "Abraham Accords. Menurut dia, Washington juga tengah mendekati Mauritania dan "
            "Somaliland.",
            {("MR", P), ("XS", P)},
        ),
        (
            "Abraham Accords. Washington tengah mendekati Mauritania, Oman dan Qatar.",
            {("MR", P), ("OM", P), ("QA", P)},
        ),
        ("Abraham Accords. Harga minyak tengah mendekati 80 dolar.", set()),
    ],
    "ms": [
        ("Perjanjian Abraham. Washington kini tengah memujuk Mauritania.", {("MR", P)}),
    ],
    "en": [
        (
            "The Abraham Accords. Peace with Saudi Arabia and Indonesia would be a huge prize.",
            {("SA", P), ("ID", P)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_courted_countries_are_candidates_the_whole_list(language, text, expected):
    check_case(language, text, expected)
