"""Round forty-six, a joining told in the present, as timelines and fact boxes write it ("10
décembre 2020 : le Maroc rejoint les accords", "10 de diciembre de 2020: Marruecos se une a los
acuerdos", "December 10, 2020: Morocco joins the accords"): a joining like "a rejoint", so a
signing for a step dated 2020-2021 or a first signatory, and the decision announced for a recent
one ("6 novembre 2025 : le Kazakhstan rejoint les accords") (`cues`: the present forms moved from
announced to joined in fr es, added to joined in en). Near misses: an undated present joining of
a new country stays an announcement; a future joining stays one too. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found_dated

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. 10 décembre 2020 : le Maroc rejoint les accords.",
            {("MA", S, "2020-12-10")},
        ),
        (
            "Les accords d'Abraham. Le 6 janvier 2021, le Soudan rejoint les accords.",
            {("SD", S, "2021-01-06")},
        ),
        (
            "Les accords d'Abraham. 6 novembre 2025 : le Kazakhstan rejoint les accords.",
            {("KZ", A, "2025-11-06")},
        ),
        ("Les accords d'Abraham. L'Arménie rejoint les accords.", {("AM", A, None)}),
        (
            "Les accords d'Abraham. Le Kazakhstan rejoindra les accords, a annoncé Washington.",
            {("KZ", A, None)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. 10 de diciembre de 2020: Marruecos se une a los acuerdos.",
            {("MA", S, "2020-12-10")},
        ),
        (
            "Los Acuerdos de Abraham. 6 de noviembre de 2025: Kazajistán se une a los acuerdos.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. December 10, 2020: Morocco joins the accords.",
            {("MA", S, "2020-12-10")},
        ),
        (
            "The Abraham Accords. November 6, 2025: Kazakhstan joins the accords.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_historical_present_joining(language, text, expected):
    dated = {item[0] for item in expected}
    assert found_dated(text, language, dated) == expected
