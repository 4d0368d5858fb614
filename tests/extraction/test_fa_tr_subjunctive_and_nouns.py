"""Round thirty-two, Persian and Turkish forms: the Persian subjunctive "ملحق شود" (that it
join) reads as "بپیوندد" (an offer to join it is a candidacy, a plan to join it an
announcement); Turkish "ilişkilerin normalleşmesini reddetti" (refused the normalisation of
relations) is a refusal, its negation ("reddetmedi") none; and "olası katılımı" (its possible
accession) is a candidacy where the accords are named in the sentence, none for a
tournament. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "fa": [
        (
            "پیمان ابراهیم. گزارش‌ها حاکی است که کاخ سفید به باکو پیشنهاد داده است که به این "
            "پیمان ملحق شود.",
            {("AZ", P)},
        ),
        ("قزاقستان قرار است به پیمان ابراهیم ملحق شود.", {("KZ", A)}),
        ("پیمان ابراهیم. هنوز معلوم نیست باکو ملحق شود یا نه.", set()),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Beyrut ise ilişkilerin normalleşmesini reddettiğini açıkça "
            "ifade etmişti.",
            {("LB", D)},
        ),
        ("İbrahim Anlaşmaları. Beyrut, ilişkilerin normalleşmesini reddetmedi.", set()),
        (
            "Ekonomistler, asıl etkinin Suudi Arabistan'ın İbrahim Anlaşmaları'na olası "
            "katılımıyla ortaya çıkacağını söylüyor.",
            {("SA", P)},
        ),
        ("İbrahim Anlaşmaları. Türkiye'nin Dünya Kupası'na olası katılımı konuşuluyor.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fa_tr_subjunctive_and_nouns(language, text, expected):
    check_case(language, text, expected)
