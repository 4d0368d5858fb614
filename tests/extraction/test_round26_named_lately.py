"""Candidates told as names mentioned lately or often, the list after the verb: German
"genannt wurden zuletzt (unter anderem)", "genannt werden unter anderem"; Russian officials or
Washington naming countries with an adverb of frequency ("В Вашингтоне регулярно называют ...",
"Американские чиновники в разное время называли ..."); English "named most recently were" and
Spanish "se citaron últimamente" after courting more members; French "ont été cités récemment".
Near misses: the bare participle or verb with no adverb ("Genannt wurden X als Gastgeber", "В
Вашингтоне называют X партнерами"), experts calling a step something ("Эксперты называют этот
шаг ..."), hosts named, and ministers summoned ("Se citaron en Doha ...") give no candidacy.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Washington wirbt offen um weitere Mitglieder; genannt wurden zuletzt unter anderem Oman, Katar und Kuwait.",
            {("OM", P), ("QA", P), ("KW", P)},
        ),
        (
            "Die Abraham-Abkommen. Genannt wurden immer wieder Oman und Katar.",
            {("OM", P), ("QA", P)},
        ),
        (
            "Die Abraham-Abkommen. Genannt werden unter anderem Oman und Katar.",
            {("OM", P), ("QA", P)},
        ),
        ("Die Abraham-Abkommen. Genannt wurden Oman und Katar als Gastgeber des Treffens.", set()),
    ],
    "ru": [
        (
            "Соглашения Авраама. В Вашингтоне регулярно называют Оман и Катар.",
            {("OM", P), ("QA", P)},
        ),
        (
            "Соглашения Авраама. Американские чиновники в разное время называли Кувейт и Мавританию.",
            {("KW", P), ("MR", P)},
        ),
        ("Соглашения Авраама. Эксперты называют этот шаг Омана символическим.", set()),
        (
            "Соглашения Авраама. В Вашингтоне называют Оман и Катар надежными партнерами по безопасности.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Washington is courting more members; named most recently were Oman, Qatar and Kuwait.",
            {("OM", P), ("QA", P), ("KW", P)},
        ),
        (
            "The Abraham Accords. Washington is courting more members; mentioned recently were Oman and Qatar.",
            {("OM", P), ("QA", P)},
        ),
        ("The Abraham Accords. Named as hosts of the meeting were Oman and Qatar.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Washington corteja a nuevos miembros; se citaron últimamente Omán y Catar.",
            {("OM", P), ("QA", P)},
        ),
        ("Los Acuerdos de Abraham. Se citaron en Doha los ministros de Omán y Catar.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Oman et le Qatar ont été cités récemment.",
            {("OM", P), ("QA", P)},
        ),
        ("Les accords d'Abraham. Oman et le Qatar ont été cités comme témoins.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_named_lately(language, text, expected):
    check_case(language, text, expected)
