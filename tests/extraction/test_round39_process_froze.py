"""Round thirty-nine, talks or a process that "froze" (intransitive, the process its own subject,
after the country's step was told): a halt, suspended ("the process froze after the coup", "les
pourparlers ont gelé", "процесс застыл", "süreç ... donup kaldı", "المسار تجمد", "لتجمّد المسار",
"התהליך קפא", "үдеріс тоқырап қалды"). The passive ("was frozen") and the transitive ("froze its
ties") were read already; Spanish, German, Indonesian, Malay and Persian read their reflexive or
intransitive forms already. Near misses: a process that did not freeze, and the signing before it
keeps its own date. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "Sudan signed the Abraham Accords in January 2021. The process froze after the military takeover.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Sudan signed the Abraham Accords in January 2021. Contacts with Israel went cold after the war began.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Sudan signed the Abraham Accords in January 2021. The process did not freeze after the coup.",
            {("SD", S)},
        ),
    ],
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham en janvier 2021. Mais les pourparlers ont gelé après le coup d'État.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "ru": [
        (
            "Судан подписал Авраамовы соглашения в январе 2021 года. Однако после переворота процесс застыл.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Судан подписал Авраамовы соглашения в январе 2021 года, и с тех пор контакты заглохли.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Судан подписал Авраамовы соглашения в январе 2021 года. Однако процесс не застыл.",
            {("SD", S)},
        ),
    ],
    "tr": [
        (
            "Sudan, İbrahim Anlaşmaları'nı Ocak 2021'de imzaladı. Ancak süreç darbenin ardından donup kaldı.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "ar": [
        (
            "وقع السودان على اتفاقيات أبراهام في يناير 2021. لكن المسار تجمد بعد الانقلاب.",
            {("SD", S), ("SD", U)},
        ),
        (
            "وقع السودان على اتفاقيات أبراهام في يناير 2021، ثم جاءت الحرب لتجمّد المسار بالكامل.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "he": [
        (
            "סודן חתמה על הסכמי אברהם בינואר 2021. אך התהליך קפא לאחר ההפיכה.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "kk": [
        (
            "Судан Авраам келісімдеріне 2021 жылы қол қойды. Бірақ үдеріс төңкерістен кейін тоқырап қалды.",
            {("SD", S), ("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_process_froze(language, text, expected):
    check_case(language, text, expected)
