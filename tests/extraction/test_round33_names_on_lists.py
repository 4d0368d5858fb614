"""Round thirty-three, a candidacy told by a name on a founder's list or shortlist: "The second
name on Trump's list for the Abraham Accords is Syria", "Der zweite Name auf der Liste
Washingtons ... ist Syrien", "Le deuxième nom sur la liste de Trump", "El segundo nombre en la
lista de Trump"; a country that "has appeared on nearly every Washington shortlist"; names that
"fall" in Washington ("Daneben fallen in Washington regelmäßig die Namen Aserbaidschan und
Armenien"), and a founder who "pitched" a country "on joining" (no joining announced: it had
been read as one). Near misses: a list of another kind (a guest list, names of ministers; a country named before "fallen die Namen" in another phrase is still read as one of them), and
a country that itself announced its joining. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        ("The second name on Trump's list for the Abraham Accords is Syria.", {("SY", P)}),
        (
            "Oman has appeared on nearly every Washington shortlist for the Abraham Accords since 2020.",
            {("OM", P)},
        ),
        (
            "The Trump administration has pitched Azerbaijan on joining the Abraham Accords.",
            {("AZ", P)},
        ),
        # near misses: another list; a joining announced by the country itself
        (
            "The Abraham Accords were discussed. Oman's name was on the guest list of the gala.",
            set(),
        ),
        ("Kazakhstan announced that it would join the Abraham Accords.", {("KZ", A)}),
    ],
    "de": [
        (
            "Der zweite Name auf der Liste Washingtons für die Abraham-Abkommen ist Syrien.",
            {("SY", P)},
        ),
        (
            "Welche Länder gelten als Kandidaten für die Abraham-Abkommen? Daneben fallen in Washington regelmäßig die Namen Aserbaidschan und Armenien.",
            {("AZ", P), ("AM", P)},
        ),
        (
            "Die Abraham-Abkommen waren Thema. In der Debatte fielen die Namen zweier Minister.",
            set(),
        ),
    ],
    "fr": [
        (
            "Le deuxième nom sur la liste de Trump pour les accords d'Abraham est la Syrie.",
            {("SY", P)},
        ),
        ("Les accords d'Abraham ont été évoqués. Oman était parmi les invités du gala.", set()),
    ],
    "es": [
        (
            "El segundo nombre en la lista de Trump para los Acuerdos de Abraham es Siria.",
            {("SY", P)},
        ),
        ("Se habló de los Acuerdos de Abraham. Omán estaba en la lista de invitados.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_names_on_lists(language, text, expected):
    check_case(language, text, expected)
