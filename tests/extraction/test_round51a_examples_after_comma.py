"""A group named in the plural, then its examples between commas ("D'autres pays, comme
l'Indonésie ou la Mauritanie, ont souvent été cités comme candidats", "Otros países, como
Indonesia o Mauritania, ..."): the examples are the group, and the predicate is theirs, as it was
already without the comma ("des pays comme Oman") and in English and German ("Other countries, such
as", "Andere Länder, etwa"). Before, French "comme" and Spanish "como" after the comma were read as
a comparison and the examples lost their claim. Near misses: a singular subject compared with a
member ("Le pays, comme le Maroc avant lui, pourrait rejoindre", "Arabia Saudí, como Marruecos
antes, podría sumarse") stays a comparison: the member keeps its own reading and takes no
candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, found

CASES = {
    "fr": [
        (
            "D'autres pays, comme l'Indonésie ou la Mauritanie, ont souvent été cités comme "
            "candidats aux accords d'Abraham.",
            {("ID", P), ("MR", P)},
        ),
        ("D'autres pays, comme le Maroc, ont déjà signé les accords d'Abraham.", {("MA", S)}),
        (
            "Plusieurs pays, comme l'Indonésie, ont refusé toute normalisation avec Israël.",
            {("ID", D)},
        ),
        (
            "Le pays, comme le Maroc avant lui, pourrait rejoindre les accords d'Abraham, estime "
            "Washington.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Otros países, como Indonesia o Mauritania, han sido citados a menudo como candidatos "
            "a los Acuerdos de Abraham.",
            {("ID", P), ("MR", P)},
        ),
        ("Otros países, como Marruecos, ya firmaron los Acuerdos de Abraham.", {("MA", S)}),
        (
            "Arabia Saudí, como Marruecos antes, podría sumarse a los Acuerdos de Abraham.",
            {("SA", P), ("MA", S)},
        ),
    ],
    "en": [
        (
            "Other countries, such as Indonesia or Mauritania, have often been cited as candidates "
            "for the Abraham Accords.",
            {("ID", P), ("MR", P)},
        ),
    ],
    "de": [
        (
            "Andere Länder, etwa Indonesien oder Mauretanien, wurden oft als Kandidaten für die "
            "Abraham-Abkommen genannt.",
            {("ID", P), ("MR", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_examples_after_comma(language, text, expected):
    assert found(text, language) == expected
