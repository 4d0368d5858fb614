"""Round forty-three, a fact box line whose country is followed by a comma and the step's
participle at once, often after a label and a colon ("- Newest: Kazakhstan, announced November
6, 2025; signing pending", "Dernier venu : le Kazakhstan, annoncé le 6 novembre 2025",
"Último: Kazajistán, anunciado el ...", "Neu: Kasachstan, angekündigt am ...", "Новичок:
Казахстан, объявлено ...", "Terbaru: Kazakhstan, diumumkan ...", "החדשה ביותר: קזחסטן, הוכרזה
...", "الأحدث: كازاخستان، أعلنت ..."): the line's step, read as a ledger line's head with a
colon is (`claims._ledger_comma_head`, the `ledger_steps` words; the verb-final languages put
the participle after the date and are not read this way). Near misses: a description after the
comma, and a long part that is prose ("announced on Monday ... that it would host the summit"),
give no step. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "THE ABRAHAM ACCORDS\n- Newest: Kazakhstan, announced November 6, 2025; signing pending",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "THE ABRAHAM ACCORDS\n- Later: Morocco, signed December 22, 2020; Sudan, signed January 6, 2021",
            {("MA", S, "2020-12-22"), ("SD", S, "2021-01-06")},
        ),
        (
            "THE ABRAHAM ACCORDS\n- Still out: Saudi Arabia, talks frozen since October 2023",
            {("SA", U, "2023-10")},
        ),
        (
            "THE ABRAHAM ACCORDS\n- Newest: Kazakhstan, a Central Asian state of 20 million people since 1991",
            set(),
        ),
        (
            "THE ABRAHAM ACCORDS\n- Host: Qatar, announced on Monday 12 May that it would host the summit",
            set(),
        ),
    ],
    "fr": [
        (
            "LES ACCORDS D'ABRAHAM\n- Dernier venu : le Kazakhstan, annoncé le 6 novembre 2025 ; signature en attente",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "es": [
        (
            "LOS ACUERDOS DE ABRAHAM\n- Último: Kazajistán, anunciado el 6 de noviembre de 2025; firma pendiente",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "de": [
        (
            "DIE ABRAHAM-ABKOMMEN\n- Neu: Kasachstan, angekündigt am 6. November 2025; Unterzeichnung steht aus",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "ru": [
        (
            "СОГЛАШЕНИЯ АВРААМА\n- Новичок: Казахстан, объявлено 6 ноября 2025 года; подписание не состоялось",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "id": [
        (
            "ABRAHAM ACCORDS\n- Terbaru: Kazakhstan, diumumkan 6 November 2025; penandatanganan belum dilakukan",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "ms": [
        (
            "PERJANJIAN ABRAHAM\n- Terbaru: Kazakhstan, diumumkan 6 November 2025; pemeteraian belum berlaku",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם\n- החדשה ביותר: קזחסטן, הוכרזה ב-6 בנובמבר 2025; החתימה טרם נערכה",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام\n- الأحدث: كازاخستان، أعلنت في 6 نوفمبر 2025؛ التوقيع لم يتم بعد",
            {("KZ", A, "2025-11-06")},
        ),
        ("اتفاقيات أبراهام\n- الأحدث: كازاخستان، دولة في آسيا الوسطى منذ 1991", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fact_box_comma_step(language, text, expected):
    check_case(language, text, expected)
