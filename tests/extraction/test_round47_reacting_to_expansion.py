"""Round forty-seven, a country reacting to the push to widen the accords: "Malaysia condemned any
effort to expand the accords", "Egypt welcomed the US drive to expand the Abraham Accords",
"L'Algérie a condamné les efforts visant à élargir les accords", "Malaysia mengecam sebarang usaha
memperluaskan Perjanjian Abraham". The reaction verb between the country and the expansion makes
the country a commentator, not a candidate: as with "Uzbekistan welcomed its accession", the
country before a reaction takes no step of the cue after it (`reactions`, active forms added in
Malay and Indonesian). Near misses: a country named between the reaction and the cue keeps its
step ("Washington welcomed Riyadh's interest in joining"); a push to expand with no reaction word
still names its target; a reaction to an invitation to join ("Azerbaijan welcomed the US
invitation to join") is still the country's interest (the expansion word, `expansions`, must stand
between the reaction and the cue's end); a refusal verb ("rejected efforts to expand") is still a refusal. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, found

CASES = {
    "en": [
        ("The Abraham Accords. Malaysia condemned any effort to expand the accords.", set()),
        (
            "The Abraham Accords. Egypt welcomed the US drive to expand the Abraham Accords.",
            set(),
        ),
        (
            "The Abraham Accords. Iran denounced Washington's push to expand the Abraham "
            "Accords to more Muslim countries.",
            set(),
        ),
        (
            "The Abraham Accords. Washington welcomed Riyadh's interest in joining the accords.",
            {("SA", P)},
        ),
        (
            "The Abraham Accords. Washington is pressing efforts to expand the Abraham Accords "
            "to Saudi Arabia.",
            {("SA", P)},
        ),
        (
            "The Abraham Accords. Egypt welcomed Kazakhstan's decision to join the accords.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords. Malaysia rejected efforts to expand the Abraham Accords.",
            {("MY", D)},
        ),
        ("The Abraham Accords. Malaysia wants to join the accords.", {("MY", P)}),
        (
            "The Abraham Accords. Azerbaijan welcomed the US invitation to join the accords.",
            {("AZ", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Algérie a condamné les efforts visant à élargir les accords "
            "d'Abraham.",
            set(),
        ),
        (
            "Les accords d'Abraham. Paris a salué l'intérêt de Riyad pour une adhésion aux "
            "accords.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Argelia ha condenado los esfuerzos para ampliar los "
            "Acuerdos de Abraham.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Malaysia mengecam sebarang usaha memperluaskan Perjanjian "
            "Abraham ke negara-negara Islam.",
            set(),
        ),
        (
            "Perjanjian Abraham. Kerajaan Malaysia mengeluarkan kenyataan rasmi mengecam "
            "sebarang usaha meluaskan Perjanjian Abraham.",
            set(),
        ),
        ("Perjanjian Abraham. Malaysia berminat untuk menyertai Perjanjian Abraham.", {("MY", P)}),
    ],
    "id": [
        (
            "Abraham Accords. Indonesia mengecam upaya memperluas Abraham Accords ke "
            "negara-negara Muslim.",
            set(),
        ),
        (
            "Abraham Accords. Azerbaijan menyambut baik ajakan Amerika Serikat untuk bergabung "
            "dengan Abraham Accords.",
            {("AZ", P)},
        ),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(language, text, expected, id=f"{language}-{number}")
        for language, cases in CASES.items()
        for number, (text, expected) in enumerate(cases, 1)
    ],
)
def test_a_country_reacting_to_the_expansion_is_no_candidate(language, text, expected):
    assert found(text, language) == expected
