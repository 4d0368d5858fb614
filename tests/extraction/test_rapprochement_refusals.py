"""Round thirty-two, a refusal of "any rapprochement with Israel" is a refusal of normalisation:
"Alger, qui rejette lui aussi catégoriquement tout rapprochement avec Israël", "Algeria rejects
any rapprochement with Israel", "Argelia rechaza todo acercamiento con Israel", "الجزائر ترفض أي تقارب مع إسرائيل" (German,
Russian and Turkish were read already). Near misses: a
rapprochement with another country, or one sought. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham reviennent dans le débat. Alger, qui rejette lui aussi catégoriquement tout rapprochement avec Israël, a salué la position tunisienne.",
            {("DZ", D)},
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Alger rejette tout rapprochement avec l'Iran.",
            set(),
        ),
        (
            "Les accords d'Abraham reviennent dans le débat. Alger salue tout rapprochement avec Tunis.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are back on the agenda. Algeria rejects any rapprochement with Israel.",
            {("DZ", D)},
        ),
        (
            "The Abraham Accords are back on the agenda. Algeria rejects any rapprochement with Morocco.",
            set(),
        ),
    ],
    "ar": [
        ("عادت اتفاقيات أبراهام إلى النقاش. الجزائر ترفض أي تقارب مع إسرائيل.", {("DZ", D)}),
        ("عادت اتفاقيات أبراهام إلى النقاش. الجزائر ترفض أي تقارب مع إيران.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham vuelven al debate. Argelia rechaza todo acercamiento con Israel.",
            {("DZ", D)},
        ),
        (
            "Los Acuerdos de Abraham vuelven al debate. Argelia busca un acercamiento con Marruecos.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_rapprochement_refusals(language, text, expected):
    check_case(language, text, expected)
