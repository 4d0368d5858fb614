"""Round forty-five, a country named after a compass point as the place of the subject ("la
région sécessionniste du nord de la Somalie", "situé au nord de la Somalie", "la región
secesionista del norte de Somalia", "the breakaway region in the north of Somalia"): a location,
skipped as the comparisons are, so the step goes to the country the subject stands for
(Somaliland, by the anaphor "la région sécessionniste") and not to the country the region lies
in (`comparisons`, fr es en). Near misses: the country named as the subject itself keeps the
step; a member placed by a neighbour keeps its own. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, found

XS = {("XS", P)}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Israël a reconnu le Somaliland. Reconnue par Israël le 26 "
            "décembre, la région sécessionniste du nord de la Somalie a dit souhaiter adhérer aux "
            "accords.",
            XS,
        ),
        (
            "Les accords d'Abraham. Le Somaliland, situé au nord de la Somalie, veut adhérer aux "
            "accords.",
            XS,
        ),
        ("Les accords d'Abraham. La Somalie veut adhérer aux accords.", {("SO", P)}),
        (
            "Les accords d'Abraham. Le Maroc, au nord de la Mauritanie, a rejoint les accords en "
            "décembre 2020.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Israel reconoció a Somalilandia. La región secesionista del "
            "norte de Somalia dijo que quiere adherirse a los acuerdos.",
            XS,
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Israel recognised Somaliland. The breakaway region in the north "
            "of Somalia said it wants to join the accords.",
            XS,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_north_of(language, text, expected):
    assert found(text, language) == expected
