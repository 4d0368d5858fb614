"""Round forty-six, a country taking the step before by a pro-verb put before it ("y en enero de
2021 lo hizo Sudán", "lo hicieron Azerbaiyán y Uzbekistán", "hizo lo propio Baréin", "and in
January 2021 so did Sudan"): the country right after the marker takes the step of its
sentence, with the date of its own clause, as "Sudán lo hizo" already did (new data key
`continuations_inverted` es en, read in `assignment.py` beside `continuations_after`). Near
misses: the marker with no country right after it hands nothing on ("Lo hizo Trump en la Casa
Blanca", a founder, in a sentence of its own; "so did Trump's approval ratings"); "Sudán lo hizo
..., y Omán lo estudia" keeps Oman out. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham se firmaron en septiembre de 2020. En diciembre de ese año se "
            "sumó Marruecos, y en enero de 2021 lo hizo Sudán.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Los Acuerdos de Abraham. Kazajistán se sumó en noviembre y en enero lo hicieron "
            "Azerbaiyán y Uzbekistán.",
            {("KZ", A), ("AZ", A), ("UZ", A)},
        ),
        (
            "Los Acuerdos de Abraham. Los Emiratos firmaron en septiembre de 2020 e hizo lo propio "
            "Baréin.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "Los Acuerdos de Abraham. Marruecos se sumó en diciembre de 2020; Sudán lo hizo en "
            "enero de 2021 y Omán lo estudia.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
        (
            "Los Acuerdos de Abraham. Kazajistán anunció su adhesión en noviembre. Lo hizo Trump en "
            "la Casa Blanca.",
            {("KZ", A, "2025-11")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords were signed in September 2020. Morocco joined in December, and in "
            "January 2021 so did Sudan.",
            {("MA", S, "2020-12"), ("SD", S)},
        ),
        (
            "The Abraham Accords. Kazakhstan joined in November; so did Trump's approval ratings.",
            {("KZ", A, "2025-11")},
        ),
        (
            "The Abraham Accords. Morocco joined in December 2020, and in January 2021 so did Sudan.",
            {("MA", S, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {
    "en-3": "the follower's month before 'so did' is not given to it in English, as with "
    "'Sudan did so' after it",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_inverted_continuation(language, text, expected):
    check_case(language, text, expected)
