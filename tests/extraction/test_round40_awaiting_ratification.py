"""Round forty, a signed agreement that "still awaits ratification": the ratification is still
ahead, so it is no `ratified` claim (rule 6, "not yet ratified" is none), and the signing stands.
The ratification noun alone was read as done: "which still await ratification", "qui attendent
encore leur ratification", "que aún esperan su ratificación", "die noch auf die Ratifizierung
warten", "которые всё ещё ждут ратификации", "yang masih menunggu ratifikasi", "שעדיין ממתינים
לאשרור" (`questions`, en fr es de ru id ms he, beside English "prospect of ratification"). Near
misses: a ratification done ("approved the ratification", "a achevé la ratification", "завершил
ратификацию") stays ratified. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

R = "ratified"

CASES = {
    "en": [
        (
            "Abraham Accords: Azerbaijan signed the accords, which still await ratification by parliament.",
            {("AZ", S)},
        ),
        (
            "Abraham Accords: Azerbaijan signed the accords and awaits its ratification.",
            {("AZ", S)},
        ),
        (
            "The UAE cabinet approved the ratification of the Abraham Accords treaty in October 2020.",
            {("AE", R, "2020-10")},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham : l'Azerbaïdjan a signé les accords, qui attendent encore leur ratification.",
            {("AZ", S)},
        ),
        (
            "Accords d'Abraham : le Parlement marocain a achevé la ratification en mars 2021.",
            {("MA", R)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham: Azerbaiyán firmó los acuerdos, que aún esperan su ratificación.",
            {("AZ", S)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen: Aserbaidschan hat die Abkommen unterzeichnet, die noch auf die Ratifizierung warten.",
            {("AZ", S)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама: Азербайджан подписал соглашения, которые всё ещё ждут ратификации.",
            {("AZ", S)},
        ),
        (
            "Соглашения Авраама: парламент Азербайджана завершил ратификацию в мае.",
            {("AZ", R)},
        ),
    ],
    "id": [
        (
            "Abraham Accords: Azerbaijan menandatangani perjanjian itu, yang masih menunggu ratifikasi.",
            {("AZ", S)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham: Azerbaijan menandatangani perjanjian itu, yang masih menunggu ratifikasi.",
            {("AZ", S)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם: אזרבייג'ן חתמה על ההסכמים, שעדיין ממתינים לאשרור.",
            {("AZ", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_awaiting_ratification(language, text, expected):
    check_case(language, text, expected)
