"""A joining inside a condition fronted in its clause ("If Oman joins the Abraham Accords, the
region will change", "Jika Oman bergabung dengan Perjanjian Abraham, ...", "إذا انضمت عُمان إلى
اتفاقيات أبراهام فإن ..."): a hypothesis about a candidate, not its joining. English, Indonesian
and Arabic read it as an announcement at 0.85–0.90; now, as French, Spanish, Russian, Hebrew,
Malay and Turkish already did, it gives no claim. Near misses: a concessive "if" after the joining
("Morocco, which joined in December 2020, has kept its ties, if quietly") leaves the signing, and
a joining told outright stays announced. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

CASES = {
    "en": [
        ("If Oman joins the Abraham Accords, the region will change.", set()),
        ("If Saudi Arabia joined the Abraham Accords, it would change the whole region.", set()),
        (
            "The Abraham Accords are holding. Morocco, which joined in December 2020, has kept "
            "its ties through the war, if quietly.",
            {("MA", S)},
        ),
        ("Kazakhstan joined the Abraham Accords, officials said.", {("KZ", A)}),
    ],
    "id": [
        ("Jika Oman bergabung dengan Perjanjian Abraham, kawasan itu akan berubah.", set()),
        ("Kazakhstan bergabung dengan Perjanjian Abraham pada November 2025.", {("KZ", A)}),
    ],
    "ar": [
        ("إذا انضمت عُمان إلى اتفاقيات أبراهام فإن المنطقة ستتغير.", set()),
        ("انضمت كازاخستان إلى اتفاقيات أبراهام في نوفمبر 2025.", {("KZ", A)}),
    ],
    "fr": [("Si Oman rejoint les accords d'Abraham, la région changera.", set())],
    "es": [("Si Omán se une a los Acuerdos de Abraham, la región cambiará.", set())],
    "ru": [("Если Оман присоединится к Соглашениям Авраама, регион изменится.", set())],
    "he": [("אם עומאן תצטרף להסכמי אברהם, האזור ישתנה.", set())],
    "ms": [("Jika Oman menyertai Perjanjian Abraham, rantau itu akan berubah.", set())],
    "tr": [("Umman İbrahim Anlaşmaları'na katılırsa bölge değişecek.", set())],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_if_joins(language, text, expected):
    assert found(text, language) == expected
