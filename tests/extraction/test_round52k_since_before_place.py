"""A "since" word right before a place (French "depuis le Bureau ovale", "depuis Khartoum",
Spanish "desde la Casa Blanca", "desde Washington", "desde la tribuna de la ONU"): there it
says "from", not "since". It had been read as a background word, so a first signatory's 2020
announcement made from the Oval Office was read as its signing, and an announcement made from a
podium or a capital lost confidence as if it recalled an old fact. Now such a word right before
a capital or a place of `since_places` (a building, an office, a podium, a city), after at most
one article, is no "since" word (`finding._since_before_place`), in French and Spanish, the two
of the twelve languages whose one word has both senses. Near misses: "depuis 2020", "depuis la
guerre", "depuis la signature", "depuis son adhésion", "desde hace años", "desde el 7 de
octubre" stay times, and so does a country's own name ("the first to join since Sudan"). Own
sentences, written for these tests."""

import pytest

from accords.extraction import extract
from tests.extraction.found import PUBLISHED, A, S, U, found_dated

STATUS_CASES = {
    "fr": [
        (
            "Le 23 octobre 2020, Donald Trump annonçait depuis le Bureau ovale que Khartoum "
            "normaliserait ses relations avec Israël dans le cadre des accords d'Abraham.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "Le 23 octobre 2020, le Premier ministre Hamdok annonçait depuis Khartoum que le "
            "Soudan normaliserait ses relations avec Israël dans le cadre des accords d'Abraham.",
            {("SD", A, "2020-10-23")},
        ),
    ],
    "es": [
        (
            "El 23 de octubre de 2020, Trump anunció desde la Casa Blanca que Sudán normalizaría "
            "sus relaciones con Israel en el marco de los Acuerdos de Abraham.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "El 23 de octubre de 2020, Trump anunció desde Washington que Sudán normalizaría "
            "sus relaciones con Israel en el marco de los Acuerdos de Abraham.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "El 23 de octubre de 2020, el primer ministro Hamdok anunció desde Jartum que Sudán "
            "normalizaría sus relaciones con Israel en el marco de los Acuerdos de Abraham.",
            {("SD", A, "2020-10-23")},
        ),
    ],
}

# near misses: the same words before a time, an event or a country's own name stay "since"
NEAR_MISSES = {
    "fr": [
        ("Le Maroc est membre des accords d'Abraham depuis 2020.", {("MA", S, "2020")}),
        (
            "Le Soudan a rejoint les accords d'Abraham, mais la normalisation est gelée depuis "
            "la guerre.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Depuis la signature des accords d'Abraham, le Maroc a multiplié les échanges avec "
            "Israël.",
            {("MA", S)},
        ),
        (
            "Depuis son adhésion aux accords d'Abraham en décembre 2020, le Maroc a ouvert un "
            "bureau de liaison.",
            {("MA", S, "2020-12")},
        ),
        (
            "Le Kazakhstan est le premier pays à rejoindre les accords d'Abraham depuis le Soudan.",
            {("KZ", A), ("SD", S)},
        ),
    ],
    "es": [
        ("Marruecos es miembro de los Acuerdos de Abraham desde 2020.", {("MA", S, "2020")}),
        (
            "Las conversaciones entre Arabia Saudí e Israel están congeladas desde el 7 de "
            "octubre de 2023.",
            {("SA", U, "2023-10-07")},
        ),
        (
            "Sudán es miembro de los Acuerdos de Abraham desde hace años, pero la normalización "
            "está congelada desde la guerra.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Kazajistán es el primer país en sumarse a los Acuerdos de Abraham desde Sudán.",
            {("KZ", A), ("SD", S)},
        ),
    ],
}


def _params(cases):
    return [
        pytest.param(language, text, expected, id=f"{language}-{number}")
        for language, items in cases.items()
        for number, (text, expected) in enumerate(items, 1)
    ]


def _check(language, text, expected):
    dated = {item[0] for item in expected if len(item) == 3}
    assert found_dated(text, language, dated) == expected


@pytest.mark.parametrize(("language", "text", "expected"), _params(STATUS_CASES))
def test_an_announcement_made_from_a_place_is_no_signing(language, text, expected):
    _check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), _params(NEAR_MISSES))
def test_since_before_a_time_an_event_or_a_country_stays_since(language, text, expected):
    _check(language, text, expected)


# (sentence with the place, the same sentence without it): the place changes nothing
SAME_AS_WITHOUT = {
    "fr": [
        (
            "Depuis l'Élysée, Emmanuel Macron a salué l'adhésion du Kazakhstan aux accords "
            "d'Abraham.",
            "Emmanuel Macron a salué l'adhésion du Kazakhstan aux accords d'Abraham.",
        ),
        (
            "S'exprimant depuis la tribune de l'ONU, le président Tokaïev a annoncé l'adhésion "
            "du Kazakhstan aux accords d'Abraham.",
            "Le président Tokaïev a annoncé l'adhésion du Kazakhstan aux accords d'Abraham.",
        ),
        (
            "Depuis Rabat, le roi Mohammed VI a annoncé la reprise des relations avec Israël.",
            "Le roi Mohammed VI a annoncé la reprise des relations avec Israël.",
        ),
    ],
    "es": [
        (
            "Hablando desde la tribuna de la ONU, Tokáyev anunció la adhesión de Kazajistán a "
            "los Acuerdos de Abraham.",
            "Tokáyev anunció la adhesión de Kazajistán a los Acuerdos de Abraham.",
        ),
    ],
}


def _claims(text, language):
    return sorted(
        (c.country, c.status, c.date, round(c.confidence, 2))
        for c in extract(text, language=language, published=PUBLISHED).claims
    )


@pytest.mark.parametrize(
    ("language", "text", "without"),
    [
        pytest.param(language, text, without, id=f"{language}-{number}")
        for language, items in SAME_AS_WITHOUT.items()
        for number, (text, without) in enumerate(items, 1)
    ],
)
def test_a_place_after_since_lowers_no_confidence(language, text, without):
    claims = _claims(text, language)
    assert claims
    assert claims == _claims(without, language)
