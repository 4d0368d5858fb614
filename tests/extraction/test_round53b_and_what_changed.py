"""A statement closed by a short question of its own after a comma opened by "and"
("Kazakhstan joined the Abraham Accords in November 2025, and what changed?", "..., und
was hat sich geändert?", "..., и что изменилось?", "..., et qu'est-ce qui a changé ?",
"..., y qué cambió?", "..., ve ne değişti?", "..., dan apa yang berubah?", "...، وما الذي
تغير؟", "..., و چه چیزی تغییر کرد؟", "..., ומה השתנה?", "..., және не өзгерді?"): only the
last words ask, the statement before the comma is still told, as after "so what" or "but
why" (`closing_questions`). A question that opens with its verb before the country ("Will
Saudi Arabia join ..., and why now?", "Wird Saudi-Arabien ... beitreten, und warum
jetzt?") asks the statement too, and a question naming a country after the comma leaves
the whole a question."""

import pytest

from tests.extraction.found import A, found, found_dated

CLOSED_BY_A_QUESTION = [
    ("en", "Kazakhstan joined the Abraham Accords in November 2025, and what changed?"),
    (
        "de",
        "Kasachstan ist den Abraham-Abkommen im November 2025 beigetreten, und was hat sich geändert?",
    ),
    (
        "ru",
        "Казахстан присоединился к Авраамовым соглашениям в ноябре 2025 года, и что изменилось?",
    ),
    (
        "fr",
        "Le Kazakhstan a rejoint les accords d'Abraham en novembre 2025, et qu'est-ce qui a changé ?",
    ),
    ("es", "Kazajistán se sumó a los Acuerdos de Abraham en noviembre de 2025, y qué cambió?"),
    ("tr", "Kazakistan Kasım 2025'te İbrahim Anlaşmaları'na katıldı, ve ne değişti?"),
    (
        "id",
        "Kazakhstan bergabung dengan Perjanjian Abraham pada November 2025, dan apa yang berubah?",
    ),
    ("ms", "Kazakhstan menyertai Perjanjian Abraham pada November 2025, dan apa yang berubah?"),
    ("ar", "انضمت كازاخستان إلى اتفاقيات أبراهام في نوفمبر 2025، وما الذي تغير؟"),
    ("fa", "قزاقستان در نوامبر 2025 به پیمان ابراهیم پیوست، و چه چیزی تغییر کرد؟"),
    ("he", "קזחסטן הצטרפה להסכמי אברהם בנובמבר 2025, ומה השתנה?"),
    ("kk", "Қазақстан 2025 жылғы қарашада Авраам келісімдеріне қосылды, және не өзгерді?"),
]


@pytest.mark.parametrize("language,text", CLOSED_BY_A_QUESTION)
def test_the_statement_before_and_what_is_told(language, text):
    assert found_dated(text, language, {"KZ"}) == {("KZ", A, "2025-11")}


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "Will Saudi Arabia join the Abraham Accords this year, and why now?"),
        ("en", "Did Kazakhstan join the Abraham Accords in November, and what changed?"),
        ("de", "Wird Saudi-Arabien den Abraham-Abkommen dieses Jahr beitreten, und warum jetzt?"),
        ("ru", "Присоединится ли Саудовская Аравия к Авраамовым соглашениям, и почему сейчас?"),
        ("en", "Kazakhstan joined the Abraham Accords in November, and what will Azerbaijan do?"),
    ],
)
def test_a_question_throughout_is_no_claim(language, text):
    assert found(text, language) == set()
