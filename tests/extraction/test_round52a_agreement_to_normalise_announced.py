"""An agreement to normalise announced, and relations to be restored announced, told in a
timeline's or a headline's present as well as in the past ("Israël et les Émirats annoncent un
accord pour normaliser leurs relations", "Israel y los Emiratos anuncian un acuerdo para normalizar
sus relaciones", "Sudán acepta normalizar sus vínculos con Israel", "Trump anuncia que Marruecos e
Israel restablecerán relaciones diplomáticas", "Trump announces that Morocco and Israel will restore
diplomatic relations"): the country's announcement (`announced`, rule 1). Before, French and Spanish
read the agreement "to normalise" as a signing, the Spanish present "acepta" was no cue, and
relations to be restored gave nothing. Near misses: an agreement to normalise that was signed stays
a signing; two countries outside the accords restoring their relations, or a restoration refused,
give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

CASES = {
    "fr": [
        (
            "Israël et les Émirats arabes unis annoncent un accord pour normaliser leurs "
            "relations, sous l'égide de Washington.",
            {("AE", A)},
        ),
        ("Israël et Bahreïn ont annoncé un accord pour normaliser leurs relations.", {("BH", A)}),
        (
            "Donald Trump annonce que le Maroc et Israël rétabliront leurs relations "
            "diplomatiques.",
            {("MA", A)},
        ),
        ("Le Maroc et Israël ont signé un accord pour normaliser leurs relations.", {("MA", S)}),
        ("Le Maroc ne rétablira pas ses relations diplomatiques avec l'Algérie.", set()),
    ],
    "es": [
        (
            "Israel y los Emiratos Árabes Unidos anuncian un acuerdo para normalizar plenamente "
            "sus relaciones.",
            {("AE", A)},
        ),
        ("Israel y Baréin anunciaron un acuerdo para normalizar sus relaciones.", {("BH", A)}),
        ("Sudán acepta normalizar sus vínculos con Israel, según un comunicado.", {("SD", A)}),
        (
            "Trump anuncia que Marruecos e Israel restablecerán relaciones diplomáticas.",
            {("MA", A)},
        ),
        ("Marruecos e Israel firmaron un acuerdo para normalizar sus relaciones.", {("MA", S)}),
        ("Irán y Egipto restablecerán relaciones diplomáticas.", set()),
    ],
    "en": [
        (
            "Trump announces that Morocco and Israel will restore diplomatic relations.",
            {("MA", A)},
        ),
        ("Israel and Bahrain announced an agreement to normalise relations.", {("BH", A)}),
        ("Iran and Egypt will restore diplomatic relations.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_agreement_to_normalise_announced(language, text, expected):
    assert found(text, language) == expected
