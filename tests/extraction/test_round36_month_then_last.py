"""Round thirty-six, a month named with no preposition and a "last" word after it: Malay
"Kazakhstan yang mengumumkan penyertaannya November lalu", Persian "... که نوامبر گذشته پیوستن
خود را اعلام کرد" left the announcement undated, as a month alone was read only after a
preposition ("pada November lalu", "در نوامبر گذشته"). The month followed by a `months_last`
word ("lalu", "گذشته", "dernier", "pasado", "last") is now a date in itself, its year counted
back from the publication (`dates._patterns`, the "last" word kept out of the match). Near
misses: the English modal "may last" names no month; a month with no "last" word and no
preposition stays undated. Own sentences, written for these tests (published 2025-11-20)."""

import pytest

from tests.extraction.found import A, D, U, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Oman yang mengumumkan penyertaannya dalam Perjanjian Abraham Oktober lalu masih menunggu "
            "majlis menandatangani.",
            {("OM", A, "2025-10")},
        ),
    ],
    "id": [
        (
            "Oman yang mengumumkan bergabung dengan Perjanjian Abraham Oktober lalu masih menunggu "
            "upacara penandatanganan.",
            {("OM", A, "2025-10")},
        ),
    ],
    "fa": [
        (
            "عمان آخرین کشوری است که اکتبر گذشته پیوستن خود را به پیمان ابراهیم اعلام کرد.",
            {("OM", A, "2025-10")},
        ),
    ],
    "fr": [
        (
            "Oman, qui a annoncé octobre dernier son adhésion aux accords d'Abraham, attend la "
            "cérémonie.",
            {("OM", A, "2025-10")},
        ),
    ],
    "es": [
        (
            "Omán, que anunció octubre pasado su adhesión a los Acuerdos de Abraham, espera la "
            "ceremonia.",
            {("OM", A, "2025-10")},
        ),
    ],
    "en": [
        (
            "Saudi Arabia said it would not join the Abraham Accords, and that the pause may last.",
            {("SA", D, None)},
        ),
        (
            "Saudi officials said the Abraham Accords talks with Riyadh were frozen; the freeze may last "
            "for months.",
            {("SA", U, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_month_then_last(language, text, expected):
    check_case(language, text, expected)
