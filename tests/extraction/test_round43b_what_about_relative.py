"""Round forty-three, an interviewer's question about a country whose relative clause tells
what the country did ("What about Sudan, which signed the Abraham Accords in January 2021?",
"وماذا عن السودان، الذي كان رابع الموقعين؟", "Et qu'en est-il du Soudan, qui a signé ... ?"):
the question asks what became of the country, the relative clause right after its name is still
told (`claims._asks_about_described`, new key `topic_questions` ar de en es fr he id ms ru, a
speaker's label before the question allowed; Persian, Turkish and Kazakh put the relative clause
before the name or ask after it and are not read). The Arabic ordinal of the plural "رابع
الموقعين" (the fourth of the signatories) joined the signed cues beside "رابع دولة توقع".
Near misses: a yes-no question, a step told before the relative word, or a question after the
comma stays a question and gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "en": [
        ("What about Sudan, which signed the Abraham Accords in January 2021?", {("SD", S)}),
        (
            "Host: And what about Morocco, which joined the Abraham Accords in December 2020?",
            {("MA", S)},
        ),
        ("What about Sudan signing the Abraham Accords?", set()),
        ("What about Sudan, will it ever sign the Abraham Accords?", set()),
        ("Did Sudan, which is at war, sign the Abraham Accords?", set()),
    ],
    "ar": [
        ("وماذا عن السودان، الذي وقع اتفاقات أبراهام في يناير 2021؟", {("SD", S)}),
        ("المذيعة: وماذا عن السودان، الذي كان رابع الموقعين على اتفاقات أبراهام؟", {("SD", S)}),
        ("السودان، رابع الموقعين على اتفاقات أبراهام، غارق في الحرب.", {("SD", S)}),
        ("وماذا عن السودان، هل سيوقع اتفاقات أبراهام؟", set()),
    ],
    "fr": [
        (
            "Et qu'en est-il du Soudan, qui a signé les accords d'Abraham en janvier 2021 ?",
            {("SD", S)},
        ),
        ("Qu'en est-il du Soudan, qui pourrait signer les accords d'Abraham ?", {("SD", P)}),
        ("Le Soudan a-t-il signé les accords d'Abraham ?", set()),
    ],
    "es": [
        (
            "¿Y qué pasa con Sudán, que firmó los Acuerdos de Abraham en enero de 2021?",
            {("SD", S)},
        ),
        (
            "¿Qué hay de Marruecos, que se sumó a los Acuerdos de Abraham en diciembre de 2020?",
            {("MA", S)},
        ),
        ("¿Firmó Sudán los Acuerdos de Abraham?", set()),
    ],
    "de": [
        (
            "Und was ist mit dem Sudan, der die Abraham-Abkommen im Januar 2021 unterzeichnet hat?",
            {("SD", S)},
        ),
        ("Hat der Sudan die Abraham-Abkommen unterzeichnet?", set()),
    ],
    "ru": [
        (
            "А что с Суданом, который подписал Авраамовы соглашения в январе 2021 года?",
            {("SD", S)},
        ),
        (
            "А как же Марокко, которое присоединилось к Авраамовым соглашениям в декабре 2020 года?",
            {("MA", S)},
        ),
        ("Подписал ли Судан Авраамовы соглашения?", set()),
    ],
    "he": [
        ("ומה עם סודן, שחתמה על הסכמי אברהם בינואר 2021?", {("SD", S)}),
        ("מה לגבי מרוקו, שהצטרפה להסכמי אברהם בדצמבר 2020?", {("MA", S)}),
        ("האם סודן חתמה על הסכמי אברהם?", set()),
    ],
    "id": [
        (
            "Bagaimana dengan Sudan, yang menandatangani Perjanjian Abraham pada Januari 2021?",
            {("SD", S)},
        ),
        ("Apakah Sudan sudah menandatangani Perjanjian Abraham?", set()),
    ],
    "ms": [
        (
            "Bagaimana pula dengan Sudan, yang menandatangani Perjanjian Abraham pada Januari 2021?",
            {("SD", S)},
        ),
        ("Adakah Sudan menandatangani Perjanjian Abraham?", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_what_about_relative(language, text, expected):
    check_case(language, text, expected)
