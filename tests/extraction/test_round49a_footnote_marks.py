"""Round forty-nine, a footnote's superscript number right after a word or a year, as policy papers
and think-tank notes print them ("firmados ... por Emiratos y Baréin¹", "en enero de 2021⁴", "im
Januar 2021³", "in January 2021²"): the number glued to the name hid the country, and glued to the
year it hid the year, so the month took the publication's year. The superscript digits now fold to
a space (`text.fold`), in every language. Spanish, German, English and French cases. Near misses: a
footnote's own line under "Notas" ("⁴ Embajada de Estados Unidos en Jartum, 06.01.2021.") and a unit
with a superscript ("780 km²") give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import challenge_params, check_case

ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "es": [
        (
            ES + "Jartum suscribió la declaración en enero de 2021⁴, pero el proyecto nunca "
            "avanzó.",
            {("SD", "signed", "2021-01")},
        ),
        (
            ES + "Los Acuerdos, firmados en Washington el 15 de septiembre de 2020 por Emiratos y "
            "Baréin¹, cambiaron la región.",
            {("AE", "signed", "2020-09-15"), ("BH", "signed", "2020-09-15")},
        ),
        (ES + "⁴ Embajada de Estados Unidos en Jartum, nota de prensa de 06.01.2021.", set()),
        (ES + "Baréin tiene apenas 780 km² de superficie.", set()),
    ],
    "de": [
        (
            DE + "Der Sudan unterzeichnete die Erklärung im Januar 2021³, setzte sie aber nie um.",
            {("SD", "signed", "2021-01")},
        ),
        (DE + "³ Erklärung des Repräsentantenrats, Manama, 2.11.2023.", set()),
    ],
    "en": [
        (
            EN + "Sudan signed the declaration in January 2021², but the transition collapsed.",
            {("SD", "signed", "2021-01")},
        ),
        (
            EN + "The declaration was signed by the UAE and Bahrain¹ on 15 September 2020.",
            {("AE", "signed", "2020-09-15"), ("BH", "signed", "2020-09-15")},
        ),
    ],
    "fr": [
        (
            FR + "Le Soudan a signé la déclaration en janvier 2021⁵, sans jamais l'appliquer.",
            {("SD", "signed", "2021-01")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_footnote_marks(language, text, expected):
    check_case(language, text, expected)
