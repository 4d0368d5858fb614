"""Round thirty-three, a relative clause opened by a relative word governed by a preposition
(`oblique_relatives`: ", auxquels", ", a los que"), whose subject stands after its verb: "rejoindre
ces accords, auxquels ont adhéré en 2020 les Emirats arabes unis, Bahreïn et le Maroc", "unirse
a los Acuerdos, a los que se sumaron en 2020 Emiratos". The members after the verb take its
step, the country before the relative keeps its own, and a wish before the relative is not
the relative clause's. Near misses: the subject before the verb inside the relative, a
relative with no step. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "La Syrie veut rejoindre ces accords d'Abraham, auxquels ont adhéré les Emirats arabes unis, Bahreïn et le Maroc.",
            {("SY", P), ("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "La Syrie pourrait rejoindre ces accords d'Abraham, auxquels ont adhéré en 2020 les Emirats arabes unis, Bahreïn et le Maroc.",
            {("SY", P), ("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        (
            "Washington espère pourtant voir la Syrie rejoindre ces accords d'Abraham, auxquels ont adhéré en 2020 les Emirats arabes unis et Bahreïn, puis le Soudan en janvier 2021.",
            {("SY", P), ("AE", S, "2020"), ("BH", S, "2020"), ("SD", S, "2021-01")},
        ),
        # near miss: the subject before the verb inside the relative
        (
            "Le Kazakhstan a rejoint les accords d'Abraham, auxquels le Maroc a adhéré en 2020.",
            {("KZ", A), ("MA", S)},
        ),
    ],
    "es": [
        (
            "Siria quiere sumarse a los Acuerdos de Abraham, a los que se sumaron Emiratos Árabes Unidos y Baréin.",
            {("SY", P), ("AE", S), ("BH", S)},
        ),
        (
            "Washington espera ver a Siria unirse a los Acuerdos de Abraham, a los que se sumaron en 2020 Emiratos Árabes Unidos, Baréin y Marruecos.",
            {("SY", P), ("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        # near miss: the subject before the verb inside the relative
        (
            "Kazajistán se unió a los Acuerdos de Abraham, a los que Marruecos se sumó en 2020.",
            {("KZ", A), ("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_oblique_relatives(language, text, expected):
    check_case(language, text, expected)
