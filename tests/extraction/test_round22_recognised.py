"""Round twenty-two, a radio's Mauritania background ("la Mauritanie – qui avait reconnu Israël
en 1999 avant de geler ses relations en 2009, puis de les rompre l'année suivante –") carried to
English and Spanish: a founder right after a verb of recognition ("reconnu Israël", "had
recognised Israel", "había reconocido a Israel") is that verb's object, as after "with" (a
`partners` word), and takes no break or halt told after it. Near misses: the country before
the recognition keeps its own later joining, and a founder recognising another country still
makes no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Selon la presse, la Mauritanie – qui avait reconnu Israël en 1999 avant de "
            "rompre ses relations en 2010 – figure parmi les candidats.",
            {("MR", "prospective")},
        ),
        (
            "Les accords d'Abraham. Le Maroc a reconnu Israël en 2020 et a rejoint les accords.",
            {("MA", S, "2020")},
        ),
        ("Les accords d'Abraham. Israël a reconnu le Somaliland en décembre.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. A state that had recognised Israel before it broke off relations is on the list.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Un país que había reconocido a Israel antes de romper relaciones figura "
            "en la lista.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_recognised(language, text, expected):
    check_case(language, text, expected)
