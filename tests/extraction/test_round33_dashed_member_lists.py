"""Round thirty-three, a list of members set out between two dashes after the clause that
dates them ("les quatre pays arabes qui ont normalisé leurs relations avec Israël en 2020 –
Emirats, Bahreïn, Maroc, Soudan – ", "the four Arab states that normalised ties with Israel
in 2020 – the UAE, Bahrain, Morocco and Sudan –"): the dash opens the list as a colon does, so
the clause's year is the members'. Near misses: a list after a dash that no second dash closes,
a single name after a dash. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Aucun des quatre pays arabes qui ont normalisé leurs relations avec Israël en 2020 – Emirats, Bahreïn, Maroc, Soudan – n'a commenté, malgré les accords d'Abraham.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
        # near miss: no second dash closes the list
        (
            "Les accords d'Abraham ont été conclus en 2020 – depuis, les Emirats, Bahreïn et le Maroc en profitent.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None)},
        ),
    ],
    "en": [
        (
            "The four Arab states that normalised ties with Israel in 2020 – the UAE, Bahrain, Morocco and Sudan – have stayed silent on the Abraham Accords.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_dashed_member_lists(language, text, expected):
    check_case(language, text, expected)
