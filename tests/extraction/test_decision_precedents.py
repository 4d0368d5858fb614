"""A joining told as a precedent through a decision noun belongs to the country whose
decision it was, not to the country the sentence is about: "Following Kazakhstan's move to
join the accords, Uzbekistan may follow", "После решения Казахстана присоединиться ...",
"بعد قرار كازاخستان الانضمام ...", "Menyusul langkah Kazakhstan bergabung ...", "בעקבות
החלטת קזחסטן להצטרף ..." (`decision_nouns`). The sentence's own country keeps only its own
step. Controls: with no other country to take the rest, nothing new is read; a decision
noun after the main clause's country is no precedent. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Following Kazakhstan's move to join the Abraham Accords, Uzbekistan may follow.",
            {("KZ", A), ("UZ", P)},
        ),
        (
            "After Kazakhstan's decision to join the Abraham Accords, Azerbaijan could be next.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Uzbekistan could follow Kazakhstan's move to join the Abraham Accords.",
            {("UZ", P)},
        ),
    ],
    "ru": [
        (
            "После решения Казахстана присоединиться к Соглашениям Авраама Узбекистан может "
            "последовать его примеру.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "ar": [
        (
            "بعد قرار كازاخستان الانضمام إلى اتفاقيات أبراهام، قد تحذو أوزبكستان حذوها.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "id": [
        (
            "Menyusul langkah Kazakhstan bergabung dengan Perjanjian Abraham, Uzbekistan "
            "diperkirakan akan menyusul.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "he": [
        (
            "בעקבות החלטת קזחסטן להצטרף להסכמי אברהם, ייתכן שאוזבקיסטן תצטרף.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_decision_precedent(language, text, expected):
    check_case(language, text, expected)
