"""Round forty-four, a country that leaves questions about its own joining unanswered ("ließ
Fragen nach einem eigenen Beitritt unbeantwortet", "left questions about its own accession
unanswered", "a laissé sans réponse les questions sur sa propre adhésion", "dejó sin respuesta
las preguntas sobre", "оставил без ответа вопросы о", "تركت ... الأسئلة حول انضمامها دون إجابة",
"הותירה ללא מענה שאלות על הצטרפותה", "به پرسش‌ها درباره پیوستن پاسخ نداد", "tidak menjawab
pertanyaan tentang", "tidak menjawab soalan mengenai"): the joining noun is what was asked
about, neither an announcement nor, with the negated answer, a refusal: no claim (`questions`, de
en fr es ru ar he fa id ms; Turkish and Kazakh gave nothing already). Near misses: a spokesman's
answer after "asked questions about" still refuses. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "de": [
        (
            "Usbekistan ließ Fragen nach einem eigenen Beitritt zu den Abraham-Abkommen unbeantwortet.",
            set(),
        ),
        (
            "Auf Fragen nach einem Beitritt sagte der Sprecher, Usbekistan werde den"
            " Abraham-Abkommen nicht beitreten.",
            {("UZ", D)},
        ),
    ],
    "en": [
        (
            "Uzbekistan left questions about its own accession to the Abraham Accords unanswered.",
            set(),
        ),
        ("Uzbekistan did not answer questions about joining the Abraham Accords.", set()),
        (
            "Asked questions about joining, a spokesman said Uzbekistan will not join the Abraham"
            " Accords.",
            {("UZ", D)},
        ),
    ],
    "fr": [
        (
            "L'Ouzbékistan a laissé sans réponse les questions sur sa propre adhésion aux accords"
            " d'Abraham.",
            set(),
        ),
    ],
    "es": [
        (
            "Uzbekistán dejó sin respuesta las preguntas sobre su propia adhesión a los Acuerdos"
            " de Abraham.",
            set(),
        ),
    ],
    "ru": [
        (
            "Узбекистан оставил без ответа вопросы о собственном присоединении к Авраамовым"
            " соглашениям.",
            set(),
        ),
        ("Узбекистан оставил вопросы о присоединении к Авраамовым соглашениям без ответа.", set()),
    ],
    "ar": [("تركت أوزبكستان الأسئلة حول انضمامها إلى اتفاقيات أبراهام دون إجابة.", set())],
    "he": [("אוזבקיסטן הותירה ללא מענה שאלות על הצטרפותה להסכמי אברהם.", set())],
    "fa": [("ازبکستان به پرسش‌ها درباره پیوستن به پیمان ابراهیم پاسخ نداد.", set())],
    "id": [("Uzbekistan tidak menjawab pertanyaan tentang aksesi ke Perjanjian Abraham.", set())],
    "ms": [
        ("Uzbekistan tidak menjawab soalan mengenai penyertaannya dalam Perjanjian Abraham.", set())
    ],
    "tr": [("Özbekistan, İbrahim Anlaşmalarına katılım sorularını yanıtsız bıraktı.", set())],
    "kk": [("Өзбекстан Авраам келісімдеріне қосылу туралы сұрақтарды жауапсыз қалдырды.", set())],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_questions_left_unanswered(language, text, expected):
    check_case(language, text, expected)
