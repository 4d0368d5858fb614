"""Round forty-seven, a background member list followed by a period that starts at a date ("la
liste de leurs signataires arabes, Abou Dhabi, Manama, Rabat et Khartoum, n'a pas bougé depuis
janvier 2021", "the list of signatories, the UAE, Bahrain, Morocco and Sudan, has not changed
since January 2021"): the date after "since" is the start of the period the list stayed as it
is, not the members' signing, as a period's start told before a list ("Desde su lanzamiento en
2020, los acuerdos han reunido a ...") already was; the members stay undated (labelling rule 8).
Near misses: a list with its own signing date ("signed in September 2020") keeps it; a single
country "member since" stays as it was read. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found_dated

FIRST = ("AE", "BH", "MA", "SD")

CASES = {
    "fr": [
        (
            "Les accords d'Abraham comptent un nouvel adhérent, et la liste de leurs signataires "
            "arabes, les Émirats, Bahreïn, le Maroc et le Soudan, n'a pas bougé depuis janvier 2021.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Les Émirats et Bahreïn ont signé les accords d'Abraham en septembre 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "en": [
        (
            "The list of signatories of the Abraham Accords, the UAE, Bahrain, Morocco and "
            "Sudan, has not changed since January 2021.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "es": [
        (
            "La lista de firmantes de los Acuerdos de Abraham, Emiratos, Baréin, Marruecos y "
            "Sudán, no ha cambiado desde enero de 2021.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_list_since_date(language, text, expected):
    assert found_dated(text, language, FIRST) == expected
