"""A joining whose announcement is said not to have come yet ("has not yet been announced",
"هنوز اعلام نشده است") asserts nothing, as a denied rumour does; the same joining announced
is one.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, check_case

CASES = [
    ("en", "Saudi Arabia's accession to the Abraham Accords has not yet been announced.", set()),
    ("en", "Oman's entry into the Abraham Accords has yet to be officially confirmed.", set()),
    ("en", "Kazakhstan's accession to the Abraham Accords has been announced.", {("KZ", A)}),
    ("fa", "عضویت عربستان در پیمان ابراهیم هنوز اعلام نشده است.", set()),
    ("fa", "پیوستن عمان به پیمان ابراهیم هنوز تأیید نشده است.", set()),
    ("fa", "عضویت قزاقستان در پیمان ابراهیم اعلام شد.", {("KZ", A)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_joining_not_yet_announced_asserts_nothing(language, text, expected):
    check_case(language, text, expected)
