"""Russian and French news as Kommersant, Meduza, Le Temps and Jeune Afrique write it (with
English, Spanish and German where the same phrasing exists). Classes: a membership told as a
sealed rapprochement with Israel ("Abou Dhabi et Manama scellaient leur rapprochement avec
l'Etat hébreu", "sellaron su acercamiento con Israel", "sealed their rapprochement with
Israel", "besiegelten ihre Annäherung"), only with Israel: a rapprochement sealed with another
capital is no claim; an accession noun whose genitive comes after a participle ("l'adhésion
annoncée du Kazakhstan", "la adhesión anunciada de Kazajistán") names its subject in the
genitive, not the country of the clause before it, and a noun that is no accession ("la visite
annoncée du Kazakhstan") gives nothing; the country whose example others follow, in the
Russian dative "примеру" either side of the verb ("примеру Астаны могут последовать и
соседи"), is the precedent, not a candidate (as "suivre l'exemple d'Astana", "follow Astana's
example" already are), while a named follower stays one.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. En 2020, Abou Dhabi et Manama scellaient leur rapprochement avec l'Etat hébreu.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Les accords d'Abraham. Le Maroc a scellé sa normalisation avec Israël en décembre 2020.",
            {("MA", S, "2020-12")},
        ),
        ("Les accords d'Abraham. Rabat a scellé son rapprochement avec Alger.", set()),
        (
            "Les accords d'Abraham. Le Maroc a renforcé sa coopération avec Israël, et l'adhésion annoncée du "
            "Kazakhstan a relancé les spéculations.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham. Le Maroc a renforcé sa coopération avec Israël, et la visite annoncée du "
            "Kazakhstan a relancé les spéculations.",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Дипломат допускает, что примеру Астаны могут последовать и соседи.",
            set(),
        ),
        (
            "Соглашения Авраама. Дипломат допускает, что соседи могут последовать примеру Астаны.",
            set(),
        ),
        (
            "Соглашения Авраама. Дипломат допускает, что примеру Казахстана может последовать Узбекистан.",
            {("UZ", P)},
        ),
        (
            "Соглашения Авраама. Дипломат допускает, что Узбекистан может последовать примеру Казахстана.",
            {("UZ", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. En 2020, Abu Dabi y Manama sellaron su acercamiento con Israel.",
            {("AE", S), ("BH", S)},
        ),
        ("Los Acuerdos de Abraham. Rabat selló su acercamiento con Argel.", set()),
        (
            "Los Acuerdos de Abraham. Marruecos reforzó su cooperación con Israel, y la adhesión anunciada de "
            "Kazajistán reavivó las especulaciones.",
            {("KZ", A)},
        ),
        (
            "Los Acuerdos de Abraham. Marruecos reforzó su cooperación con Israel, y la visita anunciada de "
            "Kazajistán reavivó las especulaciones.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. The UAE and Bahrain sealed their rapprochement with Israel in 2020.",
            {("AE", S), ("BH", S)},
        ),
        (
            "The Abraham Accords. Morocco deepened its cooperation with Israel, and the announced accession of "
            "Kazakhstan revived speculation.",
            {("KZ", A)},
        ),
        ("The Abraham Accords. A diplomat said neighbours could follow Astana's example.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Die Emirate und Bahrain besiegelten ihre Annäherung an Israel im Jahr 2020.",
            {("AE", S), ("BH", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round21_russian_french_news(language, text, expected):
    check_case(language, text, expected)
