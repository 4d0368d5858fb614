"""A break told after a freeze or an opening with "then" and a pronoun for the ties ("froze its
relations in 2009 and then cut them in March 2010", "ثم قطعتها", "قبل أن تقطعها", "puis les a
rompues", "luego las rompió") is a second step, a withdrawal, with the date told after it; the
date told before "then" ("sequence_openers") stays the step's before it ("أقامت علاقات مع إسرائيل
سنة 1999 ثم قطعتها سنة 2010": the 1999 opening is no date of the break).
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import found_dated

FROZE_CUT = {("MR", "suspended", "2009"), ("MR", "withdrawn", "2010-03")}

CASES = [
    ("ar", "موريتانيا جمدت علاقاتها مع إسرائيل في 2009 ثم قطعتها في مارس 2010.", FROZE_CUT),
    (
        "fr",
        "La Mauritanie a gelé ses relations avec Israël en 2009 puis les a rompues en mars 2010.",
        FROZE_CUT,
    ),
    (
        "en",
        "Mauritania froze its relations with Israel in 2009 and then cut them in March 2010.",
        FROZE_CUT,
    ),
    (
        "es",
        "Mauritania congeló sus relaciones con Israel en 2009 y luego las rompió en marzo de 2010.",
        FROZE_CUT,
    ),
    (
        "ar",
        "أما موريتانيا، التي أقامت علاقات مع إسرائيل سنة 1999 ثم قطعتها سنة 2010، فلم تعلق.",
        {("MR", "withdrawn", "2010")},
    ),
    # near miss: cutting something else after "then" is no break of ties
    (
        "en",
        "Mauritania froze its relations with Israel in 2009 and then cut its budget.",
        {("MR", "suspended", "2009")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_break_after_then_is_a_second_step_with_its_own_date(language, text, expected):
    assert found_dated(text, language, ("MR",)) == expected
