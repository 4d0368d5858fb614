"""Round thirty-five (a pass over the golden set's known misses): a precondition told with no
subject at all, in a sentence naming no country but Israel as the counterpart and the
Palestinians inside the condition ("No normalisation without a Palestinian state", "Pas de
relations avec Israël sans État palestinien", "No habrá normalización sin Estado palestino",
"Никакой нормализации с Израилем без палестинского государства не будет", "Tak ada hubungan
resmi dengan Israel sebelum Palestina merdeka", "لا تطبيع مع إسرائيل دون دولة فلسطينية"), is a
refusal of the one country in scope (`claims._bare_precondition`), as a halt told with no
country is. Near misses: a wish or demand by someone else ("Protesters want", "les
manifestants exigent", "los manifestantes exigen"), two countries in scope, a question, and a
founder's own condition give no refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Oman has kept quiet on the Abraham Accords. No normalisation without a Palestinian state.",
            {("OM", D)},
        ),
        (
            "Riyadh is the prize of the Abraham Accords. Its answer has not moved: no ties with Israel "
            "without a path to a Palestinian state.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Oman has kept quiet on the Abraham Accords. There will be no normalisation with Israel "
            "without a Palestinian state, the minister said.",
            {("OM", D)},
        ),
        (
            "Oman has kept quiet on the Abraham Accords. Protesters want no normalisation without a "
            "Palestinian state.",
            set(),
        ),
        (
            "Oman and Qatar have kept quiet on the Abraham Accords. No normalisation without a "
            "Palestinian state.",
            set(),
        ),
        (
            "Oman has kept quiet on the Abraham Accords. Could there be no normalisation without a "
            "Palestinian state?",
            set(),
        ),
        (
            "Oman has kept quiet on the Abraham Accords. Israel says there will be no peace without "
            "security.",
            set(),
        ),
    ],
    "fr": [
        (
            "Oman reste discret sur les accords d'Abraham. Pas de normalisation avec Israël sans État "
            "palestinien.",
            {("OM", D)},
        ),
        (
            "Oman reste discret sur les accords d'Abraham. Pas de normalisation sans État palestinien.",
            {("OM", D)},
        ),
        (
            "Oman reste discret sur les accords d'Abraham. Les manifestants exigent : pas de "
            "normalisation sans État palestinien.",
            set(),
        ),
    ],
    "es": [
        (
            "Omán guarda silencio sobre los Acuerdos de Abraham. No habrá normalización sin Estado "
            "palestino.",
            {("OM", D)},
        ),
        (
            "Omán y Catar guardan silencio sobre los Acuerdos de Abraham. No habrá normalización sin "
            "Estado palestino.",
            set(),
        ),
        (
            "Omán guarda silencio sobre los Acuerdos de Abraham. Los manifestantes exigen: no habrá "
            "normalización sin Estado palestino.",
            set(),
        ),
    ],
    "de": [
        (
            "Oman schweigt zu den Abraham-Abkommen. Ohne einen palästinensischen Staat gibt es "
            "keine Beziehungen zu Israel.",
            {("OM", D)},
        ),
    ],
    "ru": [
        (
            "Оман молчит об Авраамовых соглашениях. Никакой нормализации с Израилем без "
            "палестинского государства не будет.",
            {("OM", D)},
        ),
    ],
    "id": [
        (
            "Oman diam soal Perjanjian Abraham. Tak ada hubungan resmi dengan Israel sebelum "
            "Palestina merdeka.",
            {("OM", D)},
        ),
    ],
    "ms": [
        (
            "Oman berdiam diri tentang Perjanjian Abraham. Tiada hubungan dengan Israel tanpa negara "
            "Palestin.",
            {("OM", D)},
        ),
    ],
    "ar": [
        (
            "التزمت سلطنة عمان الصمت إزاء اتفاقيات أبراهام. لا تطبيع مع إسرائيل دون دولة فلسطينية.",
            {("OM", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_bare_precondition(language, text, expected):
    check_case(language, text, expected)
