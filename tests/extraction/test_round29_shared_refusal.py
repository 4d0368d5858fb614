""" "Tidak akan bergabung dengan Abraham Accords maupun menormalisasi hubungan dengan Israel"
(will not join the accords nor normalise ties): a second verb right after a coordinator that
follows a refusal in its clause is under the same negation, not a step of its own
(`steps._shares_a_refusal`). Near misses: a country named after the coordinator opens a step of
its own ("..., dan UEA telah menormalisasi hubungan"), and a refusal with no second verb stays.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, check_case

CASES = {
    "id": [
        (
            "Abraham Accords. Indonesia tidak akan bergabung dengan Abraham Accords maupun "
            "menormalisasi hubungan dengan Israel.",
            {("ID", D)},
        ),
        (
            "Abraham Accords. Indonesia tidak akan bergabung dengan Abraham Accords ataupun "
            "menormalisasi hubungan dengan Israel.",
            {("ID", D)},
        ),
        (
            "Abraham Accords. Indonesia tidak akan bergabung dengan Abraham Accords dan UEA telah "
            "menormalisasi hubungan dengan Israel sejak 2020.",
            {("ID", D), ("AE", S)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Malaysia tidak akan menyertai Perjanjian Abraham mahupun "
            "menormalisasi hubungan dengan Israel.",
            {("MY", D)},
        ),
    ],
    "en": [
        (
            "Abraham Accords. Indonesia will not join the Abraham Accords nor normalise relations with "
            "Israel.",
            {("ID", D)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Indonesien wird weder den Abraham-Abkommen beitreten noch die "
            "Beziehungen zu Israel normalisieren.",
            {("ID", D)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Indonesia no se unirá a los Acuerdos de Abraham ni normalizará "
            "relaciones con Israel.",
            {("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_shared_refusal(language, text, expected):
    check_case(language, text, expected)
