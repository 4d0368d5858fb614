"""Joining "not possible without a clear path to a Palestinian state" is a refusal as things stand;
English, Arabic, Hebrew, Russian and German read it, Turkish ("Filistin devletine giden açık bir
yol olmadan mümkün olmayacağını") and Persian ("بدون مسیری روشن به سوی کشور فلسطینی ممکن نخواهد
بود") now do: the Palestinian state, then "without", then the impossibility.  Not possible without
something else (American support) refuses nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

SA = {("SA", D)}

CASES = {
    "en": [
        (
            "Saudi Arabia said joining the Abraham Accords would not be possible without a clear "
            "path to a Palestinian state.",
            SA,
        )
    ],
    "tr": [
        (
            "Suudi Arabistan, İbrahim Anlaşmalarına katılımın Filistin devleti kurulmadan mümkün "
            "olmadığını açıkladı.",
            SA,
        ),
        (
            "Suudi Arabistan Veliaht Prensi, ülkesinin İbrahim Anlaşmaları'na sıcak baktığını ancak "
            "bunun Filistin devletine giden açık bir yol olmadan mümkün olmayacağını söyledi.",
            {("SA", D), ("SA", "prospective")},
        ),
        (
            "Kazakistan İbrahim Anlaşmalarına katıldı; Astana, ABD desteği olmadan bunun mümkün "
            "olmayacağını söyledi.",
            {("KZ", "announced")},
        ),
    ],
    "fa": [
        (
            "عربستان سعودی گفت پیوستن به پیمان ابراهیم بدون مسیری روشن به سوی کشور فلسطینی ممکن "
            "نخواهد بود.",
            SA,
        ),
        (
            "قزاقستان به پیمان ابراهیم پیوست؛ آستانه گفت این کار بدون حمایت آمریکا ممکن نبود.",
            {("KZ", "announced")},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_joining_impossible_without_a_palestinian_state_is_a_refusal(language, text, expected):
    check_case(language, text, expected)
