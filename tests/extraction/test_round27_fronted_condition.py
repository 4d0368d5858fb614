"""A condition told first, then a negation right before normalisation, is a refusal as things
stand: "sin un Estado palestino no habrá normalización", "without a Palestinian state there
will be no normalisation", "sans État palestinien, pas de normalisation", "من دون دولة فلسطينية
لا تطبيع". Before, only the order with the negation first ("no habrá normalización sin ...")
was read; German, Russian and Turkish put the condition first and already read it. Near misses:
a negation of something else after the condition (a deal on another file) and a negation
far from normalisation give no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

CASES = {
    "es": [
        (
            "Acuerdos de Abraham. Arabia Saudí lo dejó claro: sin un Estado palestino no habrá "
            "normalización.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí lo dejó claro: sin un Estado palestino, no habrá "
            "normalización.",
            {("SA", D)},
        ),
        (
            "Acuerdos de Abraham. Arabia Saudí avisa: sin garantías no habrá acuerdo nuclear, "
            "aunque la normalización sigue siendo posible.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Saudi Arabia made it clear: without a Palestinian state there will "
            "be no normalisation.",
            {("SA", D)},
        ),
        (
            "The Abraham Accords. Saudi Arabia made it clear: without US guarantees, there is no "
            "deal on the nuclear file, but normalisation remains possible.",
            {("SA", P)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. L'Arabie saoudite l'a dit clairement : sans État palestinien, pas de "
            "normalisation.",
            {("SA", D)},
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام. أكدت السعودية أنه من دون دولة فلسطينية لا تطبيع.", {("SA", D)}),
    ],
    "de": [
        (
            "Abraham-Abkommen. Saudi-Arabien machte klar: Ohne palästinensischen Staat keine "
            "Normalisierung.",
            {("SA", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Саудовская Аравия дала понять: без палестинского государства "
            "нормализации не будет.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_fronted_condition_is_a_refusal(language, text, expected):
    assert found(text, language) == expected
