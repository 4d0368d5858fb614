"""Ties agreed or made with another country ("Saudi Arabia agreed to normalise ties with Iran",
"L'Arabie saoudite a accepté de normaliser ses relations avec l'Iran", "Arabia Saudí acordó
normalizar sus relaciones con Irán", "согласилась нормализовать отношения с Ираном", "הסכימה
לנרמל את היחסים עם איראן", "sepakat menormalisasi hubungan dengan Iran"), in a sentence naming
neither Israel nor the accords: the two countries' own ties, no joining (they were read as an
announcement at 0.85). New key `comitatives` ("with", "avec", "con", "с", "עם", "dengan"), read
right after a joining, announced or signed cue in the languages whose verb comes before its object.
Near misses: the same ties with Israel, by any of its names, stay an announcement; a refusal
keeps its claim; a watcher after "with" beside the accords' name changes nothing. Arabic
("وافقت السعودية على تطبيع العلاقات مع إيران"), where the subject comes between the step and
the normalisation noun, is read since round fifty-one (`test_round51_reciprocal_ties.py`).
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

CASES = {
    "en": [
        ("Saudi Arabia agreed to normalise ties with Iran.", set()),
        ("Turkey agreed to restore full diplomatic relations with Armenia.", set()),
        ("Saudi Arabia agreed to normalise ties with Israel.", {("SA", A)}),
        ("Saudi Arabia agreed to normalise ties with the Jewish state.", {("SA", A)}),
        (
            "Kazakhstan joined the Abraham Accords with Azerbaijan watching.",
            {("KZ", A)},
        ),
        (
            "Saudi Arabia will not normalise ties with Israel without a Palestinian state.",
            {("SA", D)},
        ),
    ],
    "fr": [
        ("L'Arabie saoudite a accepté de normaliser ses relations avec l'Iran.", set()),
        ("L'Arabie saoudite a accepté de normaliser ses relations avec Israël.", {("SA", A)}),
    ],
    "es": [("Arabia Saudí acordó normalizar sus relaciones con Irán.", set())],
    "ru": [("Саудовская Аравия согласилась нормализовать отношения с Ираном.", set())],
    "he": [("ערב הסעודית הסכימה לנרמל את היחסים עם איראן.", set())],
    "id": [("Arab Saudi sepakat menormalisasi hubungan dengan Iran.", set())],
    "ar": [("وافقت السعودية على تطبيع العلاقات مع إيران.", set())],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_ties_with_another(language, text, expected):
    assert found(text, language) == expected
