"""Round thirty-five, the announcement of a country's resumption or restoration of its own
relations with Israel is its joining announced, also with the possessive before "relations" and
told as a noun ("annonçait la reprise de ses relations avec Israël", "el anuncio de la reanudación
de sus relaciones con Israel", "the announcement of the resumption of its relations with Israel",
"объявило о возобновлении отношений с Израилем", "kündigte die Wiederaufnahme der Beziehungen zu
Israel an"). Near misses: the resumption of flights with Israel, or of relations with another
country, gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham ont cinq ans. Le Maroc annonçait le 10 décembre 2020 la reprise de ses relations avec Israël.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Rabat a fêté l'anniversaire de l'annonce de la reprise de ses relations avec Israël.",
            {("MA", A)},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Le Maroc a annoncé la reprise des vols directs avec Israël.",
            set(),
        ),
        (
            "Les accords d'Abraham ont cinq ans. Le Maroc a annoncé la reprise de ses relations avec l'Iran.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham cumplen cinco años. Marruecos anunció el 10 de diciembre de 2020 la reanudación de sus relaciones con Israel.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "Los Acuerdos de Abraham cumplen cinco años. Rabat recordó el anuncio de la reanudación de sus relaciones con Israel.",
            {("MA", A)},
        ),
        (
            "Los Acuerdos de Abraham cumplen cinco años. Marruecos anunció la reanudación de los vuelos directos con Israel.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords are five years old. Morocco announced the resumption of its relations with Israel on 10 December 2020.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "The Abraham Accords are five years old. Rabat marked the announcement of the restoration of its ties with Israel.",
            {("MA", A)},
        ),
        (
            "The Abraham Accords are five years old. Morocco announced the resumption of its relations with Iran.",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашениям Авраама пять лет. 10 декабря 2020 года Марокко объявило о возобновлении отношений с Израилем.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "Соглашениям Авраама пять лет. Рабат отметил годовщину объявления о восстановлении дипломатических отношений с Израилем.",
            {("MA", A)},
        ),
        (
            "Соглашениям Авраама пять лет. Марокко объявило о возобновлении прямых рейсов в Израиль.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen werden fünf Jahre alt. Marokko kündigte am 10. Dezember 2020 die Wiederaufnahme der Beziehungen zu Israel an.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "Die Abraham-Abkommen werden fünf Jahre alt. Marokko kündigte die Wiederaufnahme der Direktflüge nach Israel an.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_resumption_announced(language, text, expected):
    check_case(language, text, expected)
