"""The accords named back by French's contracted article: "des accords" (de + les) and "aux
accords" (à + les) are "les accords", the name already read as the accords in an accords
article ("Oman a rétabli ses relations avec Israël ..., dans le cadre des accords"), as German
reads "der Abkommen" and "den Abkommen" beside "die Abkommen" and Spanish "de los acuerdos"
holds "los acuerdos". A signing word that counts only about the accords then counts.
Near misses: other agreements with a word of their own ("des accords commerciaux") and a
restoration of ties with no accords named in its sentence give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Oman a rétabli ses relations avec Israël en mars 2026, dans le cadre "
            "des accords.",
            {("OM", S, "2026-03")},
        ),
        (
            "Les accords d'Abraham. Oman, qui a adhéré aux accords en mars 2026, s'en félicite.",
            {("OM", A, "2026-03")},
        ),
        (
            "Les accords d'Abraham. Oman a signé des accords commerciaux avec l'Inde en mars 2026.",
            set(),
        ),
        ("Les accords d'Abraham. Oman a rétabli ses relations avec Israël en mars 2026.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_contracted_accords(language, text, expected):
    check_case(language, text, expected)
