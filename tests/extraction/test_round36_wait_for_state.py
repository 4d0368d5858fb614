"""Round thirty-six, normalisation that "has to wait for" a Palestinian state: a precondition,
so declined ("Riyadh says normalisation has to wait for a Palestinian state", "müsse auf einen
palästinensischen Staat warten", "tendrá que esperar a un Estado palestino", "harus menunggu
negara Palestina"; French "devra attendre" was known). Near misses: waiting for a signing
ceremony or for an election is no refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Riyadh says normalisation has to wait for a credible path to a Palestinian state.",
            {("SA", D)},
        ),
        (
            "The Abraham Accords. Jakarta insists any deal must wait until there is a Palestinian state.",
            {("ID", D)},
        ),
        ("The Abraham Accords. Fans have to wait for the new stadium.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Riad sagt, die Normalisierung müsse auf einen palästinensischen Staat warten.",
            {("SA", D)},
        ),
        ("Die Abraham-Abkommen. Die Fans müssen auf das neue Stadion warten.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Riad dice que la normalización tendrá que esperar a un Estado palestino.",
            {("SA", D)},
        ),
        ("Los Acuerdos de Abraham. Los aficionados tendrán que esperar al nuevo estadio.", set()),
    ],
    "id": [
        (
            "Perjanjian Abraham. Indonesia menegaskan normalisasi harus menunggu negara Palestina merdeka.",
            {("ID", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Kazakhstan a annoncé son adhésion en novembre ; la cérémonie devra attendre.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wait_for_state(language, text, expected):
    check_case(language, text, expected)
