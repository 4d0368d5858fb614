"""Round thirty-five, speculation about a named country makes it a candidate, the country after
the speculating words: "Am meisten wird aber über Saudi-Arabien spekuliert", "Most of the
speculation is about Saudi Arabia", "There is speculation about whether Oman will join", "On
spécule surtout sur l'Arabie saoudite", "Se especula sobre todo con Arabia Saudí" (prospective in
de, en, fr, es). Near misses: speculation about interest rates, the dollar, oil or prices, with no
country after it, gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "de": [
        ("Die Abraham-Abkommen. Am meisten wird aber über Oman spekuliert.", {("OM", P)}),
        (
            "Die Abraham-Abkommen. Über einen Beitritt Omans wird seit Wochen spekuliert.",
            {("OM", P)},
        ),
        ("Die Abraham-Abkommen. In Berlin wird über die Zinsen spekuliert.", set()),
    ],
    "en": [
        ("The Abraham Accords. Most of the speculation is about Oman.", {("OM", P)}),
        ("The Abraham Accords. There is speculation about whether Qatar will join.", {("QA", P)}),
        ("The Abraham Accords. Most of the speculation is about the dollar.", set()),
    ],
    "fr": [
        ("Les accords d'Abraham. On spécule surtout sur Oman.", {("OM", P)}),
        ("Les accords d'Abraham. Les marchés spéculent sur le pétrole.", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Se especula sobre todo con Omán.", {("OM", P)}),
        ("Los Acuerdos de Abraham. Se especula con el precio del petróleo.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_speculation_about(language, text, expected):
    check_case(language, text, expected)
