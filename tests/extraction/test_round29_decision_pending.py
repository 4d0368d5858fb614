""" "Über den Beitritt werde später entschieden", "Решение о присоединении ... пока не
принято", "A decision on Azerbaijan's accession will be taken later", "belum diputuskan": a
decision on a joining still to be taken, told after it in its clause (`doubts_after`), leaves
the joining an open question: no claim. Near misses: a joining told as done, with something else
still to be decided after a comma, stands.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "de": [
        ("Abraham-Abkommen. Über den Beitritt Aserbaidschans werde später entschieden.", set()),
        ("Abraham-Abkommen. Über einen Beitritt Aserbaidschans ist noch nicht entschieden.", set()),
        (
            "Abraham-Abkommen. Kasachstan ist den Abraham-Abkommen beigetreten, über Details wird "
            "später entschieden.",
            {("KZ", A)},
        ),
    ],
    "ru": [
        ("Соглашения Авраама. Решение о присоединении Азербайджана будет принято позже.", set()),
        (
            "Соглашения Авраама. Решение о присоединении Азербайджана к соглашениям пока не принято.",
            set(),
        ),
        (
            "Соглашения Авраама. Казахстан присоединился к соглашениям, хотя закон пока не принят.",
            {("KZ", A)},
        ),
    ],
    "en": [
        ("Abraham Accords. A decision on Azerbaijan's accession will be taken later.", set()),
    ],
    "fr": [
        (
            "Accords d'Abraham. La décision sur l'adhésion de l'Azerbaïdjan sera prise plus tard.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords. Keikutsertaan Azerbaijan dalam Abraham Accords belum diputuskan.",
            set(),
        ),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Azerbaycan'ın katılımı konusunda henüz karar verilmedi.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_decision_pending(language, text, expected):
    check_case(language, text, expected)
