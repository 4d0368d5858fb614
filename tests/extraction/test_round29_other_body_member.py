""" "Als erster UN-Mitgliedstaat", "первым государством — членом ООН", "negara anggota PBB
pertama", "the first UN member state": membership of the United Nations (or of another body,
`organisations`, named right after the member word or fused right before it with a hyphen:
"UN-Mitgliedstaat", "EU-Beitritt") is no membership of the accords
(`Sentence.organisation_after`). Near misses: the accords' own member states named beside it
are still their members.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Abraham-Abkommen. Auch Somaliland, das Israel im Dezember als erster UN-Mitgliedstaat "
            "anerkannt hat, will den Abkommen beitreten.",
            {("XS", P)},
        ),
        ("Abraham-Abkommen. Israel hat als erster UN-Mitgliedstaat Somaliland anerkannt.", set()),
        ("Abraham-Abkommen. Die Türkei strebt seit Jahrzehnten den EU-Beitritt an.", set()),
        (
            "Die Abraham-Abkommen haben vier Mitgliedstaaten: die Emirate, Bahrain, Marokko und Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Израиль стал первым государством — членом ООН, признавшим Сомалиленд.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords. Israel menjadi negara anggota PBB pertama yang mengakui Somaliland.",
            set(),
        ),
    ],
    "en": [
        (
            "Abraham Accords. Israel became the first UN member state to recognise Somaliland.",
            set(),
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Israël est devenu le premier État membre de l'ONU à reconnaître le "
            "Somaliland.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_other_body_member(language, text, expected):
    check_case(language, text, expected)
