"""Round forty-nine, an announcement that a country "was normalising" its relations with Israel,
told in the tense of reported speech ("Trump anunció en octubre que Sudán normalizaba sus relaciones
con Israel", "Trump a annoncé en octobre que le Soudan normalisait ses relations avec Israël", "Trump
verkündete im Oktober, der Sudan normalisiere seine Beziehungen zu Israel", "Trump announced in
October that Sudan was normalising its relations with Israel"): the joining announced (labelling
rule 1). The future ("normalizará") and the preterite were read, the imperfect, the German
Konjunktiv and the English progressive were not. Spanish, French, German and English (`cues`
announced); in Spanish and French only after "que", since the narrative imperfect of a dated
sentence ("Le 10 décembre 2020, le Maroc normalisait ses relations avec Israël") tells the step
done, not announced. Near misses: the same sentence about relations with another country ("con
Argelia", "mit Algerien", "with Algeria") gives nothing, and so does the narrative imperfect.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "es": [
        (
            ES + "Trump anunció en octubre que Sudán normalizaba sus relaciones con Israel.",
            {("SD", A)},
        ),
        (ES + "Trump anunció que Marruecos normalizaba sus relaciones con Argelia.", set()),
    ],
    "fr": [
        (
            FR + "Trump a annoncé en octobre que le Soudan normalisait ses relations avec Israël.",
            {("SD", A)},
        ),
        (FR + "Le 10 décembre 2020, le Maroc normalisait ses relations avec Israël.", set()),
    ],
    "de": [
        (
            DE + "Trump verkündete im Oktober, der Sudan normalisiere seine Beziehungen zu Israel.",
            {("SD", A)},
        ),
        (DE + "Trump verkündete, Marokko normalisiere seine Beziehungen zu Algerien.", set()),
    ],
    "en": [
        (
            EN + "Trump announced in October that Sudan was normalising its relations with Israel.",
            {("SD", A)},
        ),
        (
            EN + "Trump announced that Morocco was normalizing its relations with Algeria.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_reported_normalising(language, text, expected):
    assert found(text, language) == expected
