"""Kazakh forms: a weekday in the locative ("сейсенбіде", "жұмада": on Tuesday, on Friday)
dates the step to that day of the publication's week, and talks "тоқтап қалған" (the perfect
participle of stopping) are halted. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, U, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Авраам келісімдері. Қазақстан сейсенбіде келісімге қосылатынын жариялады.",
            {("KZ", A, "2025-11-18")},
        ),
        (
            "Авраам келісімдері. Қазақстан жұмада келісімге қосылатынын жариялады.",
            {("KZ", A, "2025-11-14")},
        ),
        (
            "Авраам келісімдері. Эр-Рияд пен Израиль арасындағы келіссөздер 2023 жылдың қазан "
            "айында тоқтап қалған.",
            {("SA", U, "2023-10")},
        ),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_kazakh_form(language, text, expected):
    check_case(language, text, expected)
