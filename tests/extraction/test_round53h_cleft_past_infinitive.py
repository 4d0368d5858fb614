"""The newest member named in a cleft after a past infinitive: "Le dernier pays à avoir rejoint
ces accords, c'est le Kazakhstan" (also "..., ce fut le Soudan", "..., c'était le Soudan") is the
joining of the country after "c'est", as "... les accords est le Kazakhstan" was; Spanish
"El último país en haberse sumado a los Acuerdos de Abraham es Kazajistán" (the past infinitive,
with or without the comma of a cleft) reads as "el último país en sumarse ... es" did.  The
other languages have no past infinitive here and were read before (round fifty-two's copula
tests).  Near misses: a denied name in French ("..., ce n'est pas l'Arabie saoudite"), the last
to join another body ("..., c'est la Suède" after NATO, "a la OTAN es Suecia") give nothing."""

import pytest

from tests.extraction.found import A, S, found

FR = "Les accords d'Abraham ont été signés en 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "


@pytest.mark.parametrize(
    "language,text,expected",
    [
        (
            "fr",
            FR + "Le dernier pays à avoir rejoint ces accords, c'est le Kazakhstan, en novembre.",
            {("KZ", A)},
        ),
        (
            "fr",
            "Le dernier pays à avoir rallié les accords d'Abraham, c'est le Kazakhstan.",
            {("KZ", A)},
        ),
        (
            "fr",
            FR + "Le dernier pays à avoir rejoint les accords, ce fut le Soudan, en janvier 2021.",
            {("SD", S)},
        ),
        (
            "es",
            "El último país en haberse sumado a los Acuerdos de Abraham es Kazajistán.",
            {("KZ", A)},
        ),
        (
            "es",
            ES + "El último país en haberse sumado a estos acuerdos, es Kazajistán.",
            {("KZ", A)},
        ),
    ],
)
def test_the_cleft_after_a_past_infinitive(language, text, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize(
    "language,text",
    [
        ("fr", FR + "Le dernier pays à avoir rejoint les accords, ce n'est pas l'Arabie saoudite."),
        ("fr", "Le dernier pays à avoir rejoint l'OTAN, c'est la Suède."),
        ("es", "El último país en haberse sumado a la OTAN es Suecia."),
    ],
)
def test_near_misses(language, text):
    assert not found(text, language)
