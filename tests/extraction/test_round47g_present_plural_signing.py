"""Round forty-seven, a signing told in the present tense by a plural subject where only the
past was read ("Emiratos y Baréin firman la declaración", "Die Emirate und Bahrain unterzeichnen
im Weißen Haus die Erklärung") and the English "signs" ("Morocco signs the joint declaration"): a
chronology line or a report in the historical present tells the step itself, so the line's
opening date is its date; read as background membership it was undated. The German plural is
also the infinitive, so it is a signing only with its object or a place or time after it (a
verb-second clause), never at the end of a clause after a modal ("soll das Abkommen mit Israel
unterzeichnen"); the English "signs" only with its object's article after it. The French
"signent" is left out: with "aujourd'hui" under an old dateline the day would be read from the
publication. Near misses: a relative clause of a generic subject ("Los países que firman los
acuerdos"), the noun "signs" ("There are signs the accords could grow") and a condition ("If Oman
signs the accords, ...") give no signing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found_dated

ES = "CRONOLOGÍA DE LOS ACUERDOS DE ABRAHAM\n"
DE = "CHRONIK DER ABRAHAM-ABKOMMEN\n"
EN = "TIMELINE OF THE ABRAHAM ACCORDS\n"

CASES = {
    "es": [
        (
            ES + "15 de septiembre de 2020 – Emiratos y Baréin firman en Washington la "
            "declaración común.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            ES + "22 de diciembre de 2020 – Rabat y Washington firman con Israel la "
            "declaración conjunta.",
            {("MA", S, "2020-12-22")},
        ),
        ("Los países que firman los acuerdos reciben ayuda militar de Washington.", set()),
    ],
    "de": [
        (
            DE + "15. September 2020 – Die Emirate und Bahrain unterzeichnen im Weißen Haus "
            "die Erklärung.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        ("Oman soll das Abkommen mit Israel unterzeichnen.", set()),
    ],
    "en": [
        (
            EN + "December 2020 — Morocco signs the joint declaration in Rabat.",
            {("MA", S, "2020-12")},
        ),
        ("There are signs the accords could grow beyond the Gulf.", set()),
        ("If Oman signs the accords, Saudi Arabia will follow.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_present_plural_signing(language, text, expected):
    assert found_dated(text, language, {"AE", "BH", "MA"}) == expected
