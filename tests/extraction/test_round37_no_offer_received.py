"""Round thirty-seven, a country saying it "has had no offer to join" (no proposal, no
invitation received): a denial of being approached, neither a refusal nor a candidacy ("has had
no offer to join the accords", "n'a reçu aucune proposition pour rejoindre", "habe keine
Einladung zum Beitritt erhalten", "no ha tenido ninguna invitación a sumarse", "tidak pernah
menerima tawaran untuk bergabung"; `denials`, as the Turkish "teklif almadık" already was). A
country named after a comma that follows the denial is in a clause of its own. Near misses: a
refusal said outright next to it still refuses, and a plain refusal stays one. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Uzbekistan has had no offer to join the accords.", set()),
        (
            "The Abraham Accords. Uzbekistan says it has received no formal invitation to join.",
            set(),
        ),
        (
            "The Abraham Accords. Uzbekistan has had no offer to join the accords and has no plans to join.",
            {("UZ", D)},
        ),
        (
            "The Abraham Accords. Uzbekistan says it has had no offer to join, as neighbour Kazakhstan prepares to sign. "
            "Kazakhstan said it would join.",
            {("KZ", A)},
        ),
        ("The Abraham Accords. Uzbekistan has no plans to join the accords.", {("UZ", D)}),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Ouzbékistan affirme n'avoir reçu aucune proposition pour rejoindre les accords.",
            set(),
        ),
        (
            "Les accords d'Abraham. L'Ouzbékistan n'a eu aucune offre de rejoindre les accords.",
            set(),
        ),
        ("Les accords d'Abraham. L'Ouzbékistan ne rejoindra pas les accords.", {("UZ", D)}),
    ],
    "de": [
        ("Die Abraham-Abkommen. Usbekistan habe keine Einladung zum Beitritt erhalten.", set()),
        ("Die Abraham-Abkommen. Usbekistan werde den Abkommen nicht beitreten.", {("UZ", D)}),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Uzbekistán dice que no ha tenido ninguna invitación a sumarse a los acuerdos.",
            set(),
        ),
        ("Los Acuerdos de Abraham. Uzbekistán no se sumará a los acuerdos.", {("UZ", D)}),
    ],
    "id": [
        (
            "Abraham Accords. Uzbekistan tidak pernah menerima tawaran untuk bergabung dengan perjanjian itu.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Uzbekistan tidak pernah menerima tawaran untuk menyertai perjanjian itu.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_offer_received(language, text, expected):
    check_case(language, text, expected)
