"""Round forty-five, a country named as the counterpart inside a description of a nameless
subject, in the verb-final languages: "کشوری که با ایران مرز مشترک دارد به پیمان ابراهیم
می‌پیوندد" (a country that shares a border with Iran joins), "İran ile sınırı olan bir ülke ...
katılıyor". The fallback that gives an announcement with no subject to the partner before the
verb ("BAE ve İsrail ... anlaşmaya vardı": an agreement reached with a founder) now needs a
founder named in the sentence (`assignment._assignments`). Near misses: the agreement with a
founder keeps its partner, and a named subject keeps its joining. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

CASES = {
    "fa": [
        (
            "پیمان ابراهیم گسترش می‌یابد. این نخستین بار است که کشوری از آسیای مرکزی، همسایه‌ای "
            "که با ایران در دریای خزر مرز مشترک دارد، به جمع امضاکنندگان این پیمان می‌پیوندد.",
            set(),
        ),
        (
            "پیمان ابراهیم گسترش می‌یابد. کشوری که با عربستان روابط نزدیک دارد به پیمان ابراهیم "
            "می‌پیوندد.",
            set(),
        ),
        (
            "پیمان ابراهیم گسترش می‌یابد. قزاقستان که با ایران مرز دارد به پیمان ابراهیم می‌پیوندد.",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları genişliyor. Hazar Denizi'nde İran ile sınırı olan bir ülke "
            "İbrahim Anlaşmalarına katılıyor.",
            set(),
        ),
        (
            "İbrahim Anlaşmaları genişliyor. BAE ve İsrail, 13 Ağustos 2020'de ilişkilerini "
            "normalleştirme konusunda anlaşmaya vardı.",
            {("AE", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_counterpart_in_description(language, text, expected):
    assert found(text, language) == expected
