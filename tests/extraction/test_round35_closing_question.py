"""Round thirty-five, a statement that ends on a short question of its own after its last comma,
opening with one of the language's `closing_questions` ("so what", "فما", "alors qu'est-ce", "aber
was", "но что", "peki ne", "pero qué"), is still told: only the last words ask ("Kazakhstan has
joined the accords, so what changed?"), as a question after a colon already was. Near misses: a
sentence that asks itself ("Will Saudi Arabia join ..., and who would follow?", "هل ستنضم ...،
فما رأيكم؟") stays a question with no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "ar": [
        (
            "كازاخستان، التي أعلنت مطلع الشهر الجاري دخولها الاتفاقات، تقيم أصلا علاقات دبلوماسية كاملة "
            "مع إسرائيل منذ أوائل التسعينيات، فما الذي تغير؟",
            {("KZ", A, "2025-11")},
        ),
        ("أعلنت كازاخستان انضمامها إلى اتفاقيات أبراهام، فما الذي تغير؟", {("KZ", A)}),
        ("هل ستنضم السعودية إلى اتفاقيات أبراهام هذا العام، فما رأيكم؟", set()),
    ],
    "en": [
        (
            "Kazakhstan, which announced its entry into the Abraham Accords this month, already has "
            "full ties with Israel, so what changed?",
            {("KZ", A, "2025-11")},
        ),
        ("Will Saudi Arabia join the Abraham Accords this year, and who would follow?", set()),
        ("Will Saudi Arabia join the Abraham Accords this year, so what then?", set()),
    ],
    "fr": [
        (
            "Le Kazakhstan, qui a annoncé son entrée dans les accords d'Abraham ce mois-ci, entretient "
            "déjà des relations avec Israël, alors qu'est-ce qui a changé ?",
            {("KZ", A, "2025-11")},
        ),
    ],
    "de": [
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten, aber was hat sich geändert?",
            {("KZ", A)},
        ),
    ],
    "ru": [
        ("Казахстан присоединился к Авраамовым соглашениям, но что изменилось?", {("KZ", A)}),
    ],
    "tr": [
        ("Kazakistan Abraham Anlaşmaları'na katıldı, peki ne değişti?", {("KZ", A)}),
    ],
    "es": [
        ("Kazajistán se sumó a los Acuerdos de Abraham, ¿pero qué cambia?", {("KZ", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_closing_question(language, text, expected):
    check_case(language, text, expected)
