"""Round forty-seven, frozen ties told with words between the ties and the frozen predicate:
a partner or an adjective ("ties with Sudan are frozen", Hebrew "הקשרים הכלכליים איתה קפואים
לחלוטין", "הנורמליזציה של סודן קפואה", French "les relations économiques avec le Soudan sont
totalement gelées"), and a country that "has seen its participation frozen" (English knew
only talks so seen). A halt: suspended (labelling rule 5). Hebrew and French had only the
ties right before the predicate ("היחסים עם ישראל קפואים", "relations ... sont gelés");
German and Spanish already read it. Near misses: negated ("אינם קפואים", "are not frozen",
"ne sont pas gelées") gives nothing; French "suspendue à" (hinging on) is no halt, the condition a refusal. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, U, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
HE = "הסכמי אברהם נחתמו ב-2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "en": [
        (EN + "Ties with Sudan are frozen.", {("SD", U)}),
        (EN + "Sudan has seen its participation frozen by the war.", {("SD", U)}),
        (EN + "Sudan has seen its membership frozen.", {("SD", U)}),
        (
            EN + "Sudan, the other African signatory, has seen its participation frozen by the "
            "civil war.",
            {("SD", S), ("SD", U)},
        ),
        (EN + "Ties with Sudan are not frozen.", set()),
    ],
    "he": [
        (HE + "הקשרים עם סודן קפואים.", {("SD", U)}),
        (HE + "הנורמליזציה של סודן קפואה מאז פרוץ המלחמה.", {("SD", U)}),
        (HE + "היחסים של סודן עם ישראל הוקפאו.", {("SD", U)}),
        (HE + "סודן היא החריגה. הקשרים הכלכליים איתה קפואים לחלוטין.", {("SD", U)}),
        (
            HE + "ממשלת סודן לא קידמה אף צעד, והקשרים הכלכליים איתה קפואים לחלוטין.",
            {("SD", U)},
        ),
        (HE + "הקשרים עם מרוקו אינם קפואים.", set()),
    ],
    "fr": [
        (FR + "Les relations économiques avec le Soudan sont totalement gelées.", {("SD", U)}),
        (FR + "Les relations avec le Maroc ne sont pas gelées.", set()),
        (
            FR + "En Indonésie, la normalisation reste suspendue à la question palestinienne.",
            {("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_frozen_ties_words_between(language, text, expected):
    assert found(text, language) == expected
