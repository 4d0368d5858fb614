"""A statement that ends on a short question of its own after a colon, in every language:
"Since Kazakhstan announced it would join, one question is back: who else?", "..., la
pregunta vuelve a circular: ¿quién más?", "...: من التالي؟". Only the last words ask; the
statement before the colon is still told. Near misses: a question after the colon that
names a country ("...: ¿se sumará Riad?", "...: هل تنضم السعودية؟") or tells a step, and a
whole sentence asked, stay questions and assert nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Desde que Kazajistán anunció que se uniría a los acuerdos, la misma "
            "pregunta recorre las embajadas: ¿quién más?",
            {("KZ", A)},
        ),
        (
            "Los Acuerdos de Abraham. La pregunta que todos se hacen en las cancillerías es sencilla: ¿se sumará Riad?",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. ¿Se sumará Arabia Saudí a los acuerdos antes de fin de año?",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Since Kazakhstan announced that it would join the accords, the same "
            "question is back in every capital: who else?",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords. Everyone in the region is asking the same simple question: will Riyadh sign?",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Depuis que le Kazakhstan a annoncé son adhésion aux accords, la même "
            "question revient : qui d'autre ?",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Seit Kasachstan seinen Beitritt zu den Abkommen angekündigt hat, stellt "
            "sich in vielen Hauptstädten eine Frage: wer noch?",
            {("KZ", A)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. منذ أن أعلنت كازاخستان انضمامها إلى الاتفاقيات، عاد السؤال نفسه إلى العواصم: من التالي؟",
            {("KZ", A)},
        ),
        (
            "اتفاقيات أبراهام. السؤال الذي يطرحه الجميع في العواصم العربية بسيط: هل تنضم السعودية؟",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. После того как Казахстан объявил о присоединении к соглашениям, снова "
            "звучит один вопрос: кто следующий?",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round24_colon_question(language, text, expected):
    check_case(language, text, expected)
