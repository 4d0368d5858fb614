"""Signing, ratifying and announcing told in the tenses of narrative prose: the French passé
simple and imperfect ("signa la déclaration", "apposait sa signature", "le Conseil des
ministres approuvait le traité", "annonçait sa normalisation", "avait annoncé sa
normalisation") and the Spanish imperfect and pluperfect ("firmaba la declaración", "aprobaba
el tratado", "había anunciado su normalización"), as long reads and commentaries retell 2020.
Each is that step, with its own date. Near misses: the same verbs with another object (a gas
contract, a budget, a visit) give no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Le 6 janvier 2021, le Soudan signa la déclaration à Khartoum.",
            {("SD", S, "2021-01-06")},
        ),
        (
            "Les accords d'Abraham. Le 22 décembre 2020, le Maroc apposait sa signature au bas du texte.",
            {("MA", S, "2020-12-22")},
        ),
        (
            "Les accords d'Abraham. Le 19 octobre 2020, le Conseil des ministres émirati approuvait le "
            "traité.",
            {("AE", "ratified", "2020-10-19")},
        ),
        (
            "Les accords d'Abraham. Le Soudan avait annoncé sa normalisation le 23 octobre 2020.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "Les accords d'Abraham. Le 6 janvier 2021, le Soudan signa un contrat gazier avec le Qatar.",
            set(),
        ),
        (
            "Les accords d'Abraham. Le 19 octobre 2020, le Conseil des ministres émirati approuvait le "
            "budget fédéral.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El 6 de enero de 2021, Sudán firmaba la declaración en Jartum.",
            {("SD", S, "2021-01-06")},
        ),
        (
            "Los Acuerdos de Abraham. El 19 de octubre de 2020, el Consejo de Ministros emiratí aprobaba "
            "el tratado.",
            {("AE", "ratified", "2020-10-19")},
        ),
        (
            "Los Acuerdos de Abraham. Sudán había anunciado su normalización el 23 de octubre de 2020.",
            {("SD", A, "2020-10-23")},
        ),
        (
            "Los Acuerdos de Abraham. El 19 de octubre de 2020, el Consejo de Ministros emiratí aprobaba "
            "el presupuesto.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round27_narrative_tenses(language, text, expected):
    check_case(language, text, expected)
