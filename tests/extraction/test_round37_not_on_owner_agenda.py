"""Round thirty-seven, joining the accords "not on" the agenda of a country named as its owner
("Joining the Abraham Accords is not on Lebanon's agenda", "L'adhésion aux accords d'Abraham
n'est pas à l'agenda du Liban", "Ein Beitritt zu den Abraham-Abkommen ist nicht auf der Agenda
des Libanon"): the owner's refusal, declined, not a joining (`cues.declined`, en, fr, de;
Spanish "no está en la agenda del Líbano" already read). Near misses: something else not on
the agenda gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Joining the Abraham Accords is not on Lebanon's agenda.",
            {("LB", D)},
        ),
        (
            'The Abraham Accords. "Joining the Abraham Accords is not on Lebanon\'s agenda, and will not be while troops remain," he said.',
            {("LB", D)},
        ),
        ("The Abraham Accords. Trade is not on Lebanon's agenda.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'adhésion aux accords d'Abraham n'est pas à l'agenda du Liban.",
            {("LB", D)},
        ),
        ("Les accords d'Abraham. Le commerce n'est pas à l'agenda du Liban.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Ein Beitritt zu den Abraham-Abkommen ist nicht auf der Agenda des Libanon.",
            {("LB", D)},
        ),
        ("Die Abraham-Abkommen. Der Handel ist nicht auf der Agenda des Libanon.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Unirse a los Acuerdos de Abraham no está en la agenda del Líbano.",
            {("LB", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_on_owner_agenda(language, text, expected):
    check_case(language, text, expected)
