"""Round thirty-three, a country that would fit into the accords ("назвав ее в числе стран, которые
«могли бы отлично вписаться» в соглашения", "could fit nicely into the accords", "pourrait
s'intégrer parfaitement aux accords", "encajaría perfectamente en los acuerdos", "würde gut in
die Abkommen passen"): others' view of a candidate, a candidacy.
Near misses: a deal fitting "into the accords framework" names no country; a country that fitted
in ("легко вписался в соглашения", a past form not listed) takes no step from it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

ID = {("ID", P)}

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Трамп упомянул и Индонезию, назвав ее в числе стран, которые "
            "«могли бы отлично вписаться» в соглашения.",
            ID,
        ),
        (
            "Соглашения Авраама. По мнению Трампа, Индонезия могла бы отлично вписаться в соглашения.",
            ID,
        ),
        ("Соглашения Авраама. Казахстан легко вписался в соглашения.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. Trump named Indonesia among the countries that could fit nicely "
            "into the accords.",
            ID,
        ),
        (
            "The Abraham Accords. The deal would fit into the accords framework, analysts say.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Selon Trump, l'Indonésie pourrait s'intégrer parfaitement aux accords.",
            ID,
        )
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Según Trump, Indonesia encajaría perfectamente en los acuerdos.",
            ID,
        )
    ],
    "de": [
        ("Die Abraham-Abkommen. Trump zufolge würde Indonesien gut in die Abkommen passen.", ID)
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_fit_into_accords(language, text, expected):
    check_case(language, text, expected)
