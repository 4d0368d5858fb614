"""Round forty-four, a relative clause opened by a quantifier after two countries named as the
object of a preposition ("Nor should anyone expect much from Pakistan or Indonesia, both of which
have said they have no intention of recognising Israel", "each of which has ruled out ...",
"both of whom"): the clause's step is each country's own, as after a bare ", which", where the
preposition before the pair had left them no subject (English `relatives`; the French "qui ont
tous deux", the Spanish "que han ... ambos", the German "die beide" and the Russian "каждая из
которых" open with their relative word and were read already). Near misses: such a clause that
tells no step gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

BOTH = {("PK", D), ("ID", D)}

CASES = {
    "en": [
        (
            "The Abraham Accords turn five. Nor should anyone expect much from Pakistan or "
            "Indonesia, both of which have said they have no intention of recognising Israel.",
            BOTH,
        ),
        (
            "The Abraham Accords turn five. Analysts expect little from Pakistan and Indonesia, "
            "each of which has ruled out normalisation with Israel.",
            BOTH,
        ),
        (
            "The Abraham Accords turn five. The envoy talked with Pakistan and Indonesia, both of "
            "whom have ruled out normalisation with Israel.",
            BOTH,
        ),
        (
            "The Abraham Accords turn five. Israeli diplomats met counterparts from Pakistan and "
            "Indonesia, both of which sent junior officials to the forum.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont cinq ans. Rien à attendre du Pakistan ni de l'Indonésie, "
            "qui ont tous deux exclu toute normalisation avec Israël.",
            BOTH,
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham cumplen cinco años. Nadie espera nada de Pakistán e "
            "Indonesia, que han descartado ambos la normalización con Israel.",
            BOTH,
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen werden fünf. Von Pakistan und Indonesien, die beide eine "
            "Normalisierung mit Israel ausgeschlossen haben, erwartet niemand etwas.",
            BOTH,
        ),
    ],
    "ru": [
        (
            "Авраамовым соглашениям пять лет. Эксперты ничего не ждут от Пакистана и Индонезии, "
            "каждая из которых отвергла нормализацию с Израилем.",
            BOTH,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_both_of_which(language, text, expected):
    assert found(text, language) == expected
