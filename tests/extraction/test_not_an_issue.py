"""Round thirty-two, a leader saying the accords are no issue for the country, or that it is in
no position to take the step, is a refusal: "the accords were not an issue for his country",
"die Abkommen seien für sein Land derzeit kein Thema", "los acuerdos no son un tema para Siria",
"no está en condiciones de hacerlo", "les accords n'étaient pas d'actualité pour la Syrie",
"такой вопрос перед Узбекистаном не стоит", "соглашения для Сирии сейчас не актуальны". Near
misses: the accords no issue in a campaign of a member, no headline topic in a member country,
keep only the membership. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Al-Sharaa said in New York that the accords were not an issue "
            "for his country at the moment.",
            {("SY", D)},
        ),
        (
            "The Abraham Accords. Morocco signed in 2020; the accords are not an issue in its "
            "election campaign.",
            {("MA", S)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Syriens Übergangspräsident Ahmed al-Scharaa sagte im September "
            "2025 in New York, die Abkommen seien für sein Land derzeit kein Thema.",
            {("SY", D, "2025-09")},
        ),
        (
            "Die Abraham-Abkommen. Die Abkommen seien in Marokko kein Thema mehr für "
            "Schlagzeilen, schreibt die Zeitung.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Al Sharaa dijo que los acuerdos no son un tema para Siria "
            "por ahora.",
            {("SY", D)},
        ),
        (
            "Los Acuerdos de Abraham. Al Sharaa fue tajante: Siria no está en condiciones de "
            "hacerlo mientras Israel ocupe los Altos del Golán.",
            {("SY", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Al-Charaa a dit que les accords n'étaient pas d'actualité "
            "pour la Syrie.",
            {("SY", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. В Ташкенте, впрочем, уже дали понять, что такой вопрос перед "
            "Узбекистаном не стоит.",
            {("UZ", D)},
        ),
        (
            "Соглашения Авраама. Аш-Шараа заявил, что соглашения для Сирии сейчас не актуальны.",
            {("SY", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_an_issue(language, text, expected):
    check_case(language, text, expected)
