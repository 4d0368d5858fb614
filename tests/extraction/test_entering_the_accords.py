"""Entering the accords, a verb of motion with the accords as its object, is joining them in
Hebrew ("נכנסה להסכמי אברהם", "תיכנס להסכמי אברהם", "לא תיכנס להסכמים") and Turkish
("anlaşmalara girdi", "gireceğine inandığını", "girmeyecek"), as "va a entrar" is in Spanish:
past a joining, future a decision or, in others' belief, a candidacy; negated a refusal.  Entering
into force ("נכנס לתוקף"), Gaza or another agreement is none of these.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "he": [
        ("נשיא סוריה אמר כי סוריה לא תיכנס להסכמי אברהם.", {("SY", D)}),
        ("קזחסטן נכנסה להסכמי אברהם בנובמבר 2025.", {("KZ", A)}),
        ("ערב הסעודית רוצה להיכנס להסכמי אברהם.", {("SA", P)}),
        ("הצבא נכנס לעזה לאחר חתימת הסכמי אברהם.", set()),
    ],
    "tr": [
        ("Trump, Suudilerin İbrahim Anlaşmaları'na gireceğine inandığını belirtti.", {("SA", P)}),
        ("Kazakistan Kasım 2025'te İbrahim Anlaşmalarına girdi.", {("KZ", A)}),
        ("Suudi Arabistan İbrahim Anlaşmalarına girmeyecek.", {("SA", D)}),
        (
            "Trump yönetimi ile yapılan ticaret anlaşmasına giren Kazakistan, İbrahim Anlaşmaları "
            "konusunda sessiz.",
            set(),
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_entering_the_accords_is_joining_them(language, text, expected):
    check_case(language, text, expected)
