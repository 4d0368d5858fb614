"""Others' demands and hopes.

An obligation modal before a joining ("Siria y Líbano deben sumarse", "doivent rejoindre",
"должны присоединиться", "müssen beitreten") tells others' demand: the step is prospective, not
announced. "Would like to see X in the accords" ("хотел бы видеть ... в соглашениях") is others'
hope: prospective. Near misses: a hope to see something
else ("хотел бы видеть прекращение огня") and a first signatory's plain signing give no
candidacy.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "es": [
        ("Siria y Líbano deben sumarse a los Acuerdos de Abraham.", {("SY", P), ("LB", P)}),
        (
            "Emiratos Árabes Unidos y Baréin firmaron los Acuerdos de Abraham.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "fr": [
        ("La Syrie et le Liban doivent rejoindre les accords d'Abraham.", {("SY", P), ("LB", P)}),
    ],
    "ru": [
        ("Сирия и Ливан должны присоединиться к Соглашениям Авраама.", {("SY", P), ("LB", P)}),
        ("Трамп хотел бы видеть Саудовскую Аравию в Соглашениях Авраама.", {("SA", P)}),
        (
            "Саудовская Аравия, которую Трамп тоже хотел бы видеть в соглашениях, снова дала понять, "
            "что пойдет на это лишь при условии создания палестинского государства.",
            {("SA", P), ("SA", D)},
        ),
        ("Соглашения Авраама. Трамп хотел бы видеть прекращение огня в Газе.", set()),
    ],
    "de": [
        ("Syrien und Libanon müssen den Abraham-Abkommen beitreten.", {("SY", P), ("LB", P)}),
    ],
    "en": [
        ("Syria should join the Abraham Accords.", {("SY", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_obligation_and_hope(language, text, expected):
    check_case(language, text, expected)
