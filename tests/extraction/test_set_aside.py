"""A country right after "beyond", "apart from", "besides" ("au-delà du", "en dehors de", "más allá
de", "aparte de") is set aside from what the sentence says: it takes none of its steps ("Beyond
Astana, the list of plausible members is short": Kazakhstan is no candidate), while the country the
step is told of keeps it, and background members named after it stay members.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Beyond Astana, the list of plausible members is short.", set()),
        ("The Abraham Accords. Apart from Kazakhstan, Azerbaijan could join.", {("AZ", P)}),
        (
            "The Abraham Accords. Beyond the UAE and Bahrain, Morocco also normalised ties in 2020.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Au-delà du Kazakhstan, l'Azerbaïdjan pourrait rejoindre les "
            "accords.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Más allá de Kazajistán, Azerbaiyán podría sumarse a los "
            "acuerdos.",
            {("AZ", P)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_country_set_aside_takes_no_step(language, text, expected):
    check_case(language, text, expected)
