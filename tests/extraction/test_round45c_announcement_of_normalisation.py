"""Round forty-five, the announcement of a normalisation between two countries, as chronologies
and fact boxes write it ("13 August 2020: Announcement of normalisation between Israel and the
UAE", "Annonce de la normalisation entre Israël et les Emirats", "anuncio de la normalización
entre Israel y Emiratos", "Bekanntgabe der Normalisierung zwischen Israel und den Emiraten"):
announced, with the line's date, where the round forty-four cue wanted a deal or an accord. The
announcement of a truce, or a member's signing on the same line, keeps its own reading. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found_dated

ANNOUNCED = {("AE", A, "2020-08-13")}

CASES = {
    "en": [
        (
            "The Abraham Accords turn five. Aug. 13, 2020: Announcement of normalisation "
            "between Israel and the UAE.",
            ANNOUNCED,
        ),
        (
            "The Abraham Accords turn five. Aug. 13, 2020: announcement of the normalization of "
            "relations between Israel and the UAE.",
            ANNOUNCED,
        ),
        (
            "The Abraham Accords turn five. Aug. 13, 2020: announcement of a truce between "
            "Israel and Hamas.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont cinq ans. 13 août 2020 Annonce de la normalisation entre "
            "Israël et les Emirats.",
            ANNOUNCED,
        ),
        (
            "Les accords d'Abraham ont cinq ans. 13 août 2020 Annonce de la trêve entre Israël "
            "et le Hamas; Bahreïn signe en septembre 2020.",
            {("BH", S, "2020-09")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham cumplen cinco años. 13 de agosto de 2020: anuncio de la "
            "normalización entre Israel y Emiratos.",
            ANNOUNCED,
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen werden fünf. 13. August 2020: Bekanntgabe der Normalisierung "
            "zwischen Israel und den Emiraten.",
            ANNOUNCED,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announcement_of_normalisation(language, text, expected):
    assert found_dated(text, language, {"AE", "BH"}) == expected
