"""Round forty-nine, Somaliland signing a joint declaration with Israel: "Benyamin Netanyahou et
le président somalilandais ... ont signé une déclaration conjointe par visioconférence", "Israel
and Somaliland signed a joint declaration on Friday": a "declaration" counts as one of the
accords' own documents for a signing, but a territory the parties have not accepted
(`statuses.UNRECOGNISED`) signs with Israel only its recognition (labelling rule 7): no claim
unless the sentence names the accords themselves.  French, English, Spanish and German; the
rule is in `claims.py`, for every language.
Near misses: Somaliland signing the accords by name still signs; Morocco's joint declaration of
22 December 2020 with Israel and the United States stays its signing.  Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "
EN = "The Abraham Accords were signed in 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "

CASES = {
    "fr": [
        (
            FR + "Benyamin Netanyahou et le président somalilandais Abdirahman Mohamed Abdullahi, "
            "dit « Irro », ont signé une déclaration conjointe par visioconférence.",
            set(),
        ),
        (FR + "Israël et le Somaliland ont signé une déclaration conjointe.", set()),
        (FR + "Le Somaliland a signé les accords d'Abraham mardi.", {("XS", S)}),
        (
            FR + "Le Maroc a signé le 22 décembre 2020 une déclaration conjointe avec Israël et "
            "les États-Unis.",
            {("MA", S)},
        ),
    ],
    "en": [
        (EN + "Israel and Somaliland signed a joint declaration on Friday.", set()),
        (EN + "Somaliland signed the Abraham Accords on Tuesday.", {("XS", S)}),
    ],
    "es": [
        (ES + "Israel y Somalilandia firmaron una declaración conjunta el viernes.", set()),
    ],
    "de": [
        (DE + "Israel und Somaliland unterzeichneten am Freitag eine gemeinsame Erklärung.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_unrecognised_signs_declaration(language, text, expected):
    assert found(text, language) == expected
