""" "..., heisst es im saudischen Aussenministerium", "..., говорят в саудовском МИД", "...,
indique-t-on au ministère saoudien": an impersonal report from a country's ministry after a
refusal by fronted condition names the country that refuses (`reporting`). Near misses: the
same words with no step before them give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "de": [
        (
            "Abraham-Abkommen. Ohne einen glaubwürdigen Weg zu einem palästinensischen Staat werde es "
            "keine Normalisierung geben, heisst es im saudischen Aussenministerium.",
            {("SA", D)},
        ),
        (
            "Abraham-Abkommen. Ohne einen Weg zu einem palästinensischen Staat werde es keine "
            "Normalisierung geben, heißt es in der saudischen Regierung.",
            {("SA", D)},
        ),
        ("Abraham-Abkommen. So heißt es im saudischen Außenministerium.", set()),
    ],
    "ru": [
        (
            "Соглашения Авраама. Без пути к палестинскому государству нормализации не будет, говорят в "
            "саудовском МИД.",
            {("SA", D)},
        ),
        ("Соглашения Авраама. Об этом говорят в Москве.", set()),
    ],
    "fr": [
        (
            "Accords d'Abraham. Sans un chemin vers un État palestinien, il n'y aura pas de "
            "normalisation, indique-t-on au ministère saoudien des Affaires étrangères.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_said_in_ministry(language, text, expected):
    check_case(language, text, expected)
