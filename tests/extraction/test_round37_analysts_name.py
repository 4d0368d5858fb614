"""Round thirty-seven, analysts, experts or politicians who name or mention a country, in a text
about the accords: prospective, others' speculation ("Analysts often name Azerbaijan", "Analysten
nennen oft Aserbaidschan", "Американские аналитики чаще всего называют ... Азербайджан", "Иногда
упоминают и Оман", "يتحدث بعض المحللين في واشنطن عن موريتانيا", "Analistler sık sık
Azerbaycan'ı gösteriyor", "Para analis sering menyebut nama", "פרשנים מזכירים ... את",
"تحلیلگران اغلب از ... نام می‌برند"). French "les analystes citent" was read before; Spanish
analysts who "mencionan a" name candidates only after a who-next heading (round thirty-five).
Near misses: experts who "call" a step something (an evaluation, with no adverb of frequency) or
"mention that" a country joined (reported speech) give no candidacy. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "en": [
        ("Who could join the Abraham Accords next? Analysts often name Azerbaijan.", {("AZ", P)}),
        (
            "The Abraham Accords. Analysts often mention that Kazakhstan joined the accords in November.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords may grow. Experts most often point to Oman and Mauritania.",
            {("OM", P), ("MR", P)},
        ),
    ],
    "de": [
        (
            "Wer tritt als Nächstes den Abraham-Abkommen bei? Analysten nennen oft Aserbaidschan.",
            {("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Следующими могут стать другие государства региона. Американские аналитики чаще всего называют в этой связи Азербайджан.",
            {("AZ", P)},
        ),
        (
            "Авраамовы соглашения. Кто может быть следующим? — Американские политики регулярно называют Саудовскую Аравию. Иногда упоминают и Оман.",
            {("SA", P), ("OM", P)},
        ),
        (
            "Авраамовы соглашения. Казахстан объявил о присоединении, и эксперты называют этот шаг символическим.",
            {("KZ", A)},
        ),
        (
            "Авраамовы соглашения. Эксперты также упоминают, что Казахстан присоединился к соглашениям в ноябре.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        (
            "من التالي في اتفاقيات أبراهام؟ يتحدث بعض المحللين في واشنطن عن موريتانيا.",
            {("MR", P)},
        ),
        (
            "اتفاقيات أبراهام. يتحدث بعض المراقبين عن سلطنة عمان، لكن مسقط ترفض التطبيع.",
            {("OM", P), ("OM", D)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları'nda sırada kim var? Analistler sık sık Azerbaycan'ı gösteriyor.",
            {("AZ", P)},
        ),
    ],
    "id": [
        (
            "Siapa berikutnya di Abraham Accords? Para analis sering menyebut nama Azerbaijan.",
            {("AZ", P)},
        ),
    ],
    "ms": [
        (
            "Siapa seterusnya dalam Perjanjian Abraham? Penganalisis sering menyebut nama Azerbaijan.",
            {("AZ", P)},
        ),
    ],
    "he": [
        (
            "מי הבאה בתור בהסכמי אברהם? פרשנים מזכירים לעתים קרובות את אזרבייג'ן.",
            {("AZ", P)},
        ),
    ],
    "fa": [
        (
            "چه کشوری بعدی در توافق ابراهیم است؟ تحلیلگران اغلب از آذربایجان نام می‌برند.",
            {("AZ", P)},
        ),
    ],
    "fr": [
        (
            "Qui sera le prochain à rejoindre les accords d'Abraham ? Les analystes citent souvent l'Azerbaïdjan.",
            {("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_analysts_name(language, text, expected):
    check_case(language, text, expected)
