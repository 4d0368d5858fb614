"""A restriction set off by a dash right after the wish it limits: "wants to join the accords
– but only if there is a Palestinian state", "wolle Teil der Abkommen werden – allerdings
nur, wenn ...", "хотела бы присоединиться – но только при наличии ...". The dash introduces
the condition of the same wish, so the sentence is interest and a refusal as things stand,
as with a comma. Near misses: a dash opening an aside that ends with another dash before
the restriction ("– a move Washington has long sought – but only if") still parts the
clauses; a wish with a dash and no restriction after it, and a dash before a new clause
about another subject, stay interest alone.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Saudi Arabia wants to join the accords – but only if there is a path to "
            "a Palestinian state.",
            {("SA", P), ("SA", D)},
        ),
        (
            "The Abraham Accords. Oman would be willing to join — only if Israel agrees to a Palestinian "
            "state.",
            {("OM", P), ("OM", D)},
        ),
        (
            "The Abraham Accords. Saudi Arabia wants to join the accords – a move Washington has long "
            "sought – but only if there is a state.",
            {("SA", P)},
        ),
        ("The Abraham Accords. Saudi Arabia wants to join the accords – eventually.", {("SA", P)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Kronprinz Mohammed bin Salman hatte erklärt, sein Land wolle Teil der "
            "Abkommen werden – allerdings nur, wenn es einen klaren Weg zu einem palästinensischen Staat "
            "gebe.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien wolle Teil der Abkommen werden – aber nur, wenn es einen "
            "Staat gebe.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien wolle Teil der Abkommen werden – irgendwann.",
            {("SA", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Саудовская Аравия хотела бы присоединиться к соглашениям – но только при "
            "наличии пути к палестинскому государству.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Соглашения Авраама. Саудовская Аравия хотела бы присоединиться к соглашениям – со временем.",
            {("SA", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arabie saoudite veut rejoindre les accords – mais seulement si un "
            "État palestinien voit le jour.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Arabia Saudí quiere sumarse a los acuerdos – pero solo si hay un "
            "Estado palestino.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Arab Saudi ingin bergabung dengan perjanjian itu – tetapi hanya jika ada "
            "negara Palestina.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Arab Saudi mahu menyertai perjanjian itu – tetapi hanya jika ada negara "
            "Palestin.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. السعودية تريد الانضمام إلى الاتفاقيات – ولكن فقط إذا قامت دولة فلسطينية.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. סעודיה רוצה להצטרף להסכמים – אבל רק אם תקום מדינה פלסטינית.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "fa": [
        (
            "توافق‌های ابراهیم. عربستان سعودی می‌خواهد به این توافق‌ها بپیوندد – اما فقط اگر کشور "
            "فلسطینی تشکیل شود.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Suudi Arabistan anlaşmalara katılmak istiyor – ancak bir Filistin devleti "
            "kurulursa.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Сауд Арабиясы келісімдерге қосылғысы келеді – бірақ Палестина мемлекеті "
            "құрылған жағдайда ғана.",
            {("SA", P), ("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {
    "tr-1": "Turkish reads a restriction after a dash on another path than the comma's ('istiyor, ama "
    "ancak ... kurulursa' is a refusal, 'istiyor – ancak ...' is not); not found in this round",
    "kk-1": "Kazakh 'жағдайда ғана' after a dash stays interest alone, as it does after a comma: the "
    "restriction does not reach back from the verb-final clause",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_dash_before_restriction(language, text, expected):
    check_case(language, text, expected)
