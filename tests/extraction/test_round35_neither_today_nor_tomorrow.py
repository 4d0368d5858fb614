"""Round thirty-five, a refusal "neither today nor tomorrow" put between the verb and its object
("Alger a répété qu'elle ne normaliserait « ni aujourd'hui ni demain » avec l'entité sioniste",
"Tunis ne reconnaîtra ni aujourd'hui ni demain l'entité sioniste"): French had "ne normaliserait
pas avec" only, the "ni ... ni" pair broke the cue; Spanish "no normalizaría ... ni hoy ni
mañana" and English "will not recognise Israel, neither today nor tomorrow" already read it.
Near misses: a normalisation "neither today nor tomorrow" of ties with another country than
Israel gives no refusal of the accords. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham font débat. Alger, qui n'a jamais reconnu Israël, a répété qu'elle ne normaliserait « ni aujourd'hui ni demain » avec l'entité sioniste.",
            {("DZ", D)},
        ),
        (
            "Les accords d'Abraham font débat. Tunis ne reconnaîtra ni aujourd'hui ni demain l'entité sioniste.",
            {("TN", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Argelia repitió que no normalizaría sus relaciones con Israel ni hoy ni mañana.",
            {("DZ", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Tunisia will not recognise Israel, neither today nor tomorrow.",
            {("TN", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_neither_today_nor_tomorrow(language, text, expected):
    check_case(language, text, expected)
