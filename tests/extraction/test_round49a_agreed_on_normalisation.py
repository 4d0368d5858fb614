"""Round forty-nine, a country and Israel that "have agreed on a normalisation of their relations"
("Der Sudan und Israel haben sich auf eine Normalisierung ihrer Beziehungen geeinigt", "se pusieron
de acuerdo para normalizar sus relaciones", "have agreed on a normalisation of their relations",
"se sont mis d'accord pour normaliser leurs relations", "se sont entendus sur une normalisation de
leurs relations"): the agreement told with a noun or a reflexive verb is an announcement, the
signing still to come (labelling rule 1); the pair read with "normalisation" alone was taken for a
normalisation done, a signing. The verbs "agreed to normalise", "acordaron normalizar" and
"einigten sich auf eine Normalisierung" already read. German, Spanish, English and French (`cues`
announced). Near misses: an agreement on normalising something else ("eine Normalisierung der Lage
am Grenzübergang Rafah", "normalizar el paso de Rafah", "a normalisation of traffic at the Rafah
crossing", "normaliser le passage de Rafah") gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "
EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "de": [
        (
            DE + "Der Sudan und Israel haben sich auf eine Normalisierung ihrer Beziehungen "
            "geeinigt.",
            {("SD", A)},
        ),
        (
            DE + "Marokko und Israel haben sich am Donnerstag auf die Normalisierung der "
            "Beziehungen verständigt.",
            {("MA", A)},
        ),
        (
            DE + "Ägypten und Katar haben sich auf eine Normalisierung der Lage am Grenzübergang "
            "Rafah geeinigt.",
            set(),
        ),
    ],
    "es": [
        (ES + "Sudán e Israel se pusieron de acuerdo para normalizar sus relaciones.", {("SD", A)}),
        (
            ES + "Marruecos e Israel se han puesto de acuerdo sobre la normalización de sus "
            "relaciones.",
            {("MA", A)},
        ),
        (ES + "Egipto y Catar se pusieron de acuerdo para normalizar el paso de Rafah.", set()),
    ],
    "en": [
        (EN + "Sudan and Israel have agreed on a normalisation of their relations.", {("SD", A)}),
        (EN + "Morocco and Israel agreed on normalizing their ties.", {("MA", A)}),
        (
            EN + "Egypt and Qatar agreed on a normalisation of traffic at the Rafah crossing.",
            set(),
        ),
    ],
    "fr": [
        (
            FR + "Le Soudan et Israël se sont mis d'accord pour normaliser leurs relations.",
            {("SD", A)},
        ),
        (
            FR + "Le Maroc et Israël se sont entendus sur une normalisation de leurs relations.",
            {("MA", A)},
        ),
        (
            FR + "L'Égypte et le Qatar se sont mis d'accord pour normaliser le passage de Rafah.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_agreed_on_normalisation(language, text, expected):
    assert found(text, language) == expected
