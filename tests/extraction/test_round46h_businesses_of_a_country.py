"""Round forty-six, a country's businesses named by its demonym ("have been courting Kazakh rail
and port operators", "Israeli firms are courting Kazakh banks", "Emirati firms have been courting
Saudi investors", "umwerben kasachische Bahnbetreiber"): the companies courted, and the companies
courting, are no country's candidacy (`places_after` en de, beside "the Saudi city of": the
demonym right before a business noun names no actor). Near misses: courting the country itself,
its people ("the Saudis") or its officials and government is still a candidacy. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Dubai-based logistics groups have been courting Kazakh rail and "
            "port operators.",
            set(),
        ),
        ("The Abraham Accords. Israeli firms are courting Kazakh banks.", set()),
        (
            "The Abraham Accords. Emirati firms have been courting Saudi investors for months.",
            set(),
        ),
        ("The Abraham Accords. Washington has been courting Saudi Arabia for months.", {("SA", P)}),
        ("The Abraham Accords. Washington has been courting the Saudis for months.", {("SA", P)}),
        ("The Abraham Accords. Washington is courting Kazakh officials.", {("KZ", P)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Logistikkonzerne aus Dubai umwerben kasachische Bahnbetreiber.",
            set(),
        ),
        ("Die Abraham-Abkommen. Israelische Firmen umwerben kasachische Banken.", set()),
        ("Die Abraham-Abkommen. Washington umwirbt Kasachstan.", {("KZ", P)}),
        ("Die Abraham-Abkommen. Washington umwirbt die kasachische Regierung.", {("KZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_businesses_of_a_country(language, text, expected):
    check_case(language, text, expected)
