"""A question naming no one, then its bare answer: "The latest country to join the Abraham
Accords? Kazakhstan.", "The latest to join? Kazakhstan.", "Le dernier pays à avoir rejoint les
accords d'Abraham ? Le Kazakhstan.", "¿El último en sumarse? Kazajistán.", "Das letzte Land, das
den Abraham-Abkommen beigetreten ist? Kasachstan.", "Последняя страна, присоединившаяся к
Авраамовым соглашениям? Казахстан.", "آخر المنضمين؟ كازاخستان.", "Negara terbaru yang bergabung?
Kazakhstan.", "Negara terbaru yang menyertai? Kazakhstan.", "המצטרפת האחרונה? קזחסטן.",
"آخرین کشوری که پیوست؟ قزاقستان.", "Соңғы қосылған ел? Қазақстан.", "Son katılan ülke?
Kazakistan.": the answer takes the
question's step.  A question asked only of a group ("Who else could join?") did so already; one
whose subject is the step's own noun phrase now does too, and English reads "the latest (one) to
join" and Turkish "son katılan ülke" (the last country to join) as the joining.  Near misses: the question about another club ("The latest to join the
BRICS bank? Algeria.") and an answer that tells something of its own ("Why would anyone join?
Morocco, for one, got ...") give no joining."""

import pytest

from tests.extraction.found import A, found

CONTEXT = {
    "en": "The Abraham Accords keep growing. ",
    "fr": "Les accords d'Abraham s'élargissent. ",
    "es": "Los Acuerdos de Abraham siguen creciendo. ",
    "ar": "اتفاقيات أبراهام تتوسع. ",
    "id": "Perjanjian Abraham terus berkembang. ",
    "ms": "Perjanjian Abraham terus berkembang. ",
    "he": "הסכמי אברהם מתרחבים. ",
    "fa": "پیمان ابراهیم گسترش می‌یابد. ",
    "kk": "Авраам келісімдері кеңейіп келеді. ",
    "tr": "İbrahim Anlaşmaları genişliyor. ",
}

ANSWERED = [
    ("en", "The latest country to join the Abraham Accords? Kazakhstan."),
    ("en", CONTEXT["en"] + "The latest to join? Kazakhstan."),
    ("fr", "Le dernier pays à avoir rejoint les accords d'Abraham ? Le Kazakhstan."),
    ("es", CONTEXT["es"] + "¿El último en sumarse? Kazajistán."),
    ("es", "¿El último país en sumarse a los Acuerdos de Abraham? Kazajistán."),
    ("de", "Das letzte Land, das den Abraham-Abkommen beigetreten ist? Kasachstan."),
    ("ru", "Последняя страна, присоединившаяся к Авраамовым соглашениям? Казахстан."),
    ("ar", CONTEXT["ar"] + "آخر المنضمين؟ كازاخستان."),
    ("id", CONTEXT["id"] + "Negara terbaru yang bergabung? Kazakhstan."),
    ("ms", CONTEXT["ms"] + "Negara terbaru yang menyertai? Kazakhstan."),
    ("he", CONTEXT["he"] + "המצטרפת האחרונה? קזחסטן."),
    ("fa", CONTEXT["fa"] + "آخرین کشوری که پیوست؟ قزاقستان."),
    ("kk", CONTEXT["kk"] + "Соңғы қосылған ел? Қазақстан."),
    ("tr", CONTEXT["tr"] + "Son katılan ülke? Kazakistan."),
    pytest.param(
        "fr",
        CONTEXT["fr"] + "Le dernier en date ? Le Kazakhstan.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'le dernier en date' names no step: the joining is only the paragraph's "
            "subject, which no cue of the question holds",
        ),
    ),
    pytest.param(
        "tr",
        CONTEXT["tr"] + "Son katılan ülke mi? Kazakistan.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the question particle 'mi' right after the step asks about the step "
            "itself (questions_after), so the question holds no step for its answer",
        ),
    ),
]


@pytest.mark.parametrize("language,text", ANSWERED)
def test_the_bare_answer_takes_the_questions_step(language, text):
    assert found(text, language) == {("KZ", A)}


@pytest.mark.parametrize(
    "text",
    [
        "The latest to join the BRICS bank? Algeria.",
        "Why would anyone join the Abraham Accords? Morocco, for one, got recognition of its "
        "claim to Western Sahara.",
    ],
)
def test_near_misses(text):
    assert not {status for _, status in found(text, "en")} & {A}


def test_turkish_last_to_join_told_outright():
    assert found("Kazakistan, İbrahim Anlaşmalarına son katılan ülke oldu.", "tr") == {("KZ", A)}
    assert not found("Toplantıya son katılan ülke Katar oldu.", "tr")
