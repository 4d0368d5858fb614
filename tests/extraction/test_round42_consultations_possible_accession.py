"""Round forty-two, extending round thirty-nine's talks on a possible accession
(`test_round39_talks_on_possible_accession.py`) to consultations ("mènent des consultations sur une
éventuelle adhésion", "holding consultations on a possible accession", "consultas sobre una eventual
adhesión", "konsultasi mengenai kemungkinan bergabung"): talks, negotiating, where "possible"
alone made them a hope (`cues.negotiating`, fr en es id; ru ar fa ms read it already; German
"Konsultationen über einen möglichen Beitritt" was left out, as a golden article labels such
talks both a candidacy and talks and its genitive side lost the candidacy). Near misses: talks on a possible accession (read before)
keep negotiating, and a possible accession with no talks stays prospective. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import N, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Bakou et l'administration américaine mènent des consultations sur une éventuelle"
            " adhésion aux accords d'Abraham.",
            {("AZ", N)},
        ),
        (
            "Bakou mène des consultations sur une possible adhésion aux accords d'Abraham.",
            {("AZ", N)},
        ),
        (
            "Bakou mène des négociations sur une éventuelle adhésion aux accords d'Abraham.",
            {("AZ", N)},
        ),
        (
            "Washington espère une éventuelle adhésion de Bakou aux accords d'Abraham.",
            {("AZ", P)},
        ),
    ],
    "en": [
        (
            "Baku and the US administration are holding consultations on a possible accession to"
            " the Abraham Accords.",
            {("AZ", N)},
        ),
        (
            "Baku is holding talks on a possible accession to the Abraham Accords.",
            {("AZ", N)},
        ),
        (
            "Washington hopes for a possible accession of Azerbaijan to the Abraham Accords.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Bakú mantiene consultas sobre una eventual adhesión a los Acuerdos de Abraham.",
            {("AZ", N)},
        ),
        (
            "Bakú mantiene negociaciones con Washington sobre una posible adhesión a los Acuerdos"
            " de Abraham.",
            {("AZ", N)},
        ),
    ],
    "id": [
        (
            "Baku dan pemerintah AS menggelar konsultasi mengenai kemungkinan bergabung dengan"
            " Abraham Accords.",
            {("AZ", N)},
        ),
        (
            "Baku menggelar perundingan mengenai kemungkinan bergabung dengan Abraham Accords.",
            {("AZ", N)},
        ),
    ],
    "ru": [
        (
            "Баку и администрация США проводят консультации о возможном присоединении к"
            " Авраамовым соглашениям.",
            {("AZ", N)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_consultations_possible_accession(language, text, expected):
    check_case(language, text, expected)
