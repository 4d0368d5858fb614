"""Dates of members told around a list, from the golden articles' date-only misses. A period's
start told before a list of members and set off by a comma ("Since 2020, the UAE, Bahrain, ...
have normalised", "Desde su lanzamiento en 2020, los acuerdos han reunido a ...", "منذ 2020، هي
الإمارات ...") dates none of them (`confidence.set_off_period`, `claims._period_start`); "that
year" ("pada tahun tersebut", "aquel año", "в том году", "in jenem Jahr", `same_year`) is the
year named last before; "the latter" right after a list's closing comma ("..., Sudan and
Kazakhstan, the latter having joined in November", "yang terakhir disebut", `latter`) takes the
step alone, the others staying undated members (`claims._latter_after_semicolon`,
`assignment._latter_alone`); members listed after an after-word that follows a comma ("...,
following the UAE, Bahrain and Sudan", "..., après les Emirats ...") took the step before its
day or month told before that word (`claims._compared_before`). Near misses: "signatories since
2020" after the list and "reúnen desde 2020 a ..." with no comma keep the year, and the
after-word's members keep a year the sentence tells and a date told after them.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Since 2020, the UAE, Bahrain, Morocco and Sudan have normalised ties with Israel "
            "under the Abraham Accords.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The UAE and Bahrain, both signatories of the Abraham Accords since 2020, co-chaired "
            "the meeting.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "The Abraham Accords were launched in 2020. The UAE and Bahrain normalised relations "
            "with Israel in that year.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "The Abraham Accords now include the UAE, Bahrain, Morocco, Sudan and Kazakhstan, the "
            "latter having joined in November.",
            {
                ("KZ", A, "2025-11"),
                ("AE", S, None),
                ("BH", S, None),
                ("MA", S, None),
                ("SD", S, None),
            },
        ),
        (
            "On 22 December 2020 the declaration was signed in Rabat, making Morocco the fourth "
            "country to join the Abraham Accords, following the UAE, Bahrain and Sudan.",
            {("MA", S, "2020-12-22"), ("AE", S, None), ("BH", S, None), ("SD", S, None)},
        ),
        (
            "In 2020 Morocco became the fourth country to join the Abraham Accords, following the "
            "UAE, Bahrain and Sudan.",
            {("MA", A), ("AE", S, "2020"), ("BH", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "es": [
        (
            "Desde su lanzamiento en 2020, los Acuerdos de Abraham han reunido a Emiratos, Baréin, "
            "Marruecos y Sudán.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Los Acuerdos de Abraham reúnen desde 2020 a Israel con Emiratos, Baréin y Marruecos.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        (
            "Los Acuerdos de Abraham nacieron en 2020. Emiratos y Baréin normalizaron sus "
            "relaciones con Israel aquel año.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "fr": [
        (
            "Depuis 2020, les Émirats arabes unis, Bahreïn, le Maroc et le Soudan ont normalisé "
            "leurs relations avec Israël dans le cadre des accords d'Abraham.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Le 22 décembre 2020, la déclaration était signée à Rabat, faisant du Maroc le "
            "quatrième pays à rejoindre les accords d'Abraham, après les Emirats arabes unis, "
            "Bahreïn et le Soudan.",
            {("MA", S, "2020-12-22"), ("AE", S, None), ("BH", S, None), ("SD", S, None)},
        ),
        # near miss: the members' own date told after them
        (
            "Le 22 décembre 2020, la déclaration était signée à Rabat, faisant du Maroc le "
            "quatrième pays à rejoindre les accords d'Abraham, après les Emirats arabes unis et "
            "Bahreïn, signataires le 15 septembre 2020.",
            {("MA", S), ("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
    ],
    "ar": [
        (
            "التحقت أربع دول عربية باتفاقيات أبراهام منذ 2020، هي الإمارات والبحرين والمغرب والسودان.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham dimeterai pada 2020. UAE dan Bahrain menormalisasikan hubungan "
            "dengan Israel pada tahun tersebut.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "id": [
        (
            "Abraham Accords diteken pada 2020. Uni Emirat Arab dan Bahrain menormalisasi hubungan "
            "dengan Israel pada tahun tersebut.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Abraham Accords kini beranggotakan Uni Emirat Arab, Bahrain, Maroko, Sudan dan "
            "Kazakhstan, yang terakhir disebut bergabung pada November lalu.",
            {
                ("KZ", A, "2025-11"),
                ("AE", S, None),
                ("BH", S, None),
                ("MA", S, None),
                ("SD", S, None),
            },
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения были подписаны в 2020 году. ОАЭ и Бахрейн нормализовали "
            "отношения с Израилем в том году.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen entstanden 2020. Die Emirate und Bahrain normalisierten in jenem "
            "Jahr ihre Beziehungen zu Israel.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_period_starts_and_latter(language, text, expected):
    check_case(language, text, expected)
