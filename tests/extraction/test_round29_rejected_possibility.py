""" "Rejected this possibility", "hat diese Möglichkeit abgelehnt", "bu olasılığı reddetmişti",
"menolak kemungkinan itu", Kazakh "бұл мүмкіндіктен бас тартқан" (the past participle of
refusing): a refusal whose object points back to the joining (the possibility, the idea, the
option) in a text about the accords is a refusal (`cues`). Near misses: the same refusal
negated ("has not rejected this possibility") is no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. Syria's President Ahmed al-Sharaa rejected this possibility.",
            {("SY", D)},
        ),
        (
            "Abraham Accords. Syria's President Ahmed al-Sharaa has not rejected this possibility.",
            {("SY", P)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Syriens Präsident Ahmed al-Scharaa hat diese Möglichkeit abgelehnt.",
            {("SY", D)},
        ),
        ("Abraham-Abkommen. Syriens Präsident lehnte diese Möglichkeit ab.", {("SY", D)}),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Suriye Devlet Başkanı Ahmed eş-Şara da bu olasılığı reddetmişti.",
            {("SY", D)},
        ),
    ],
    "id": [
        ("Abraham Accords. Presiden Suriah Ahmed al-Sharaa menolak kemungkinan itu.", {("SY", D)}),
    ],
    "ms": [
        ("Perjanjian Abraham. Presiden Syria menolak kemungkinan itu.", {("SY", D)}),
    ],
    "kk": [
        (
            "Авраам келісімдері. Сирия президенті Ахмед әш-Шараа да бұл мүмкіндіктен бас тартқан.",
            {("SY", D)},
        ),
        ("Авраам келісімдері. Пәкістан келісімге қосылудан бас тартатынын мәлімдеді.", {("PK", D)}),
    ],
    "ru": [
        (
            "Соглашения Авраама. Президент Сирии Ахмед аш-Шараа отверг эту возможность.",
            {("SY", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_rejected_possibility(language, text, expected):
    check_case(language, text, expected)
