"""Round thirty-one, a later member's step after a list of members: "Morocco, Sudan and
Kazakhstan, which announced its accession in November 2025" tells Kazakhstan's step in a
relative clause after the list. A step still to come (announced or prospective) dated after
2021, when the first signatories' own steps ended, is not theirs where the list also names a
later member: they keep their membership. Near misses: their own steps of 2020 and 2021 stay,
and a list of first signatories alone keeps what it is told. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The members of the Abraham Accords are Morocco, Sudan and Kazakhstan, which announced "
            "its accession in November 2025.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            "The Abraham Accords. Morocco and Sudan, which signed in December 2020 and January "
            "2021, remain members.",
            {("MA", S), ("SD", S)},
        ),
    ],
    "fr": [
        (
            "Les membres des accords d'Abraham sont le Maroc, le Soudan et le Kazakhstan, qui a "
            "annoncé son adhésion en novembre 2025.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
        (
            "Les accords d'Abraham. Le Maroc et le Soudan, qui ont signé en décembre 2020 et en "
            "janvier 2021, restent membres.",
            {("MA", S), ("SD", S)},
        ),
    ],
    "es": [
        (
            "Los miembros de los Acuerdos de Abraham son Marruecos, Sudán y Kazajistán, que anunció "
            "su adhesión en noviembre de 2025.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
    ],
    "id": [
        (
            "Sejauh ini, anggota Perjanjian Abraham adalah Maroko, Sudan dan Kazakhstan, yang "
            "mengumumkan keikutsertaannya pada November 2025.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
    ],
    "ms": [
        (
            "Setakat ini, anggota Perjanjian Abraham ialah Maghribi, Sudan serta Kazakhstan, yang "
            "mengumumkan penyertaannya pada November 2025.",
            {("MA", S), ("SD", S), ("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_later_member_step(language, text, expected):
    check_case(language, text, expected)
