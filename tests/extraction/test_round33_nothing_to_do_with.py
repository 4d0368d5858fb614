"""Round thirty-three, a refusal said as wanting nothing to do with the step: "Syria wants nothing
to do with the Abraham Accords", "Von einem Beitritt will Syrien nichts wissen", "ne veut pas
entendre parler d'une normalisation", "no quiere saber nada de los acuerdos", "и слышать не хочет
о нормализации"; and German "nicht mitmachen" after a future or modal verb ("wird ohne einen
Palästinenserstaat nicht mitmachen"), where "wird ... mitmachen" had been read as interest.
Near misses: the same words about another object (a bill, a tax) give no claim, nor does a
body that "has nothing to do with" the accords (no wish there), and
"wird ... mitmachen" without "nicht" stays interest. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        ("Syria wants nothing to do with the Abraham Accords.", {("SY", D)}),
        (
            "Algeria wants to have nothing to do with normalisation, its foreign minister said.",
            {("DZ", D)},
        ),
        # near misses: another object; a body that "has nothing to do with" the accords
        (
            "The Abraham Accords came up in Algiers. Algeria wants nothing to do with the gas tender.",
            set(),
        ),
        (
            "Indonesia took its seat on the Board of Peace, a body that has nothing to do with the accords.",
            set(),
        ),
    ],
    "de": [
        ("Syrien will von einem Beitritt zu den Abraham-Abkommen nichts wissen.", {("SY", D)}),
        (
            "Von einem Beitritt zu den Abraham-Abkommen will Syrien aber nichts wissen, solange Israel den Golan hält.",
            {("SY", D)},
        ),
        ("Algerien will nichts von einer Normalisierung mit Israel hören.", {("DZ", D)}),
        (
            "Saudi-Arabien wird ohne einen Palästinenserstaat bei den Abraham-Abkommen nicht mitmachen.",
            {("SA", D)},
        ),
        (
            "Über die Abraham-Abkommen wird viel geredet. Riad hat erklärt, dass es ohne einen Palästinenserstaat nicht mitmachen wird.",
            {("SA", D)},
        ),
        # near misses: another object; "mitmachen" with no negation stays interest
        (
            "Die Abraham-Abkommen sind Thema. Algerien will von der neuen Steuer nichts wissen.",
            set(),
        ),
        ("Saudi-Arabien wird bei den Abraham-Abkommen bald mitmachen.", {("SA", P)}),
    ],
    "fr": [
        ("L'Algérie ne veut pas entendre parler d'une normalisation avec Israël.", {("DZ", D)}),
        ("La Tunisie ne veut rien savoir des accords d'Abraham.", {("TN", D)}),
        (
            "Les accords d'Abraham sont évoqués. L'Algérie ne veut pas entendre parler de ce projet de loi.",
            set(),
        ),
    ],
    "es": [
        ("Argelia no quiere saber nada de los acuerdos de Abraham.", {("DZ", D)}),
        ("Túnez no quiere oír hablar de la normalización con Israel.", {("TN", D)}),
        (
            "Los Acuerdos de Abraham vuelven al debate. Argelia no quiere saber nada de ese proyecto.",
            set(),
        ),
    ],
    "ru": [
        ("Алжир и слышать не хочет о нормализации с Израилем.", {("DZ", D)}),
        ("Авраамовы соглашения снова обсуждаются. Алжир не хочет слышать о новых налогах.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_nothing_to_do_with(language, text, expected):
    check_case(language, text, expected)
