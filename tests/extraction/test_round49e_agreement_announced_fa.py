"""Round forty-nine, the Persian announcement told as a noun: a country "announced its agreement to
normalisation" ("خارطوم در ماه اکتبر موافقت خود را با عادی‌سازی اعلام کرد", "اعلام موافقت سودان با
عادی‌سازی روابط"): the verb "agreed to" ("با عادی‌سازی ... موافقت کرد") was read, the noun with
"announced" after it was not (Sudan, a first signatory, was left a background member). Persian
(the English "announced its agreement to normalise ties", the Turkish "normalleşmeyi kabul ettiğini
açıkladı" and the Arabic "أعلن ... موافقته على التطبيع" pinned: they were read). Near misses: its
agreement to another plan ("موافقت خود را با طرح صلح غزه اعلام کرد") gives nothing. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "
EN = "The Abraham Accords were signed in 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "
AR = "وُقّعت اتفاقيات أبراهام في 2020. "

CASES = {
    "fa": [
        (FA + "سودان در ماه اکتبر موافقت خود را با عادی‌سازی اعلام کرد.", {("SD", A)}),
        (
            FA + "خارطوم موافقت خود را با عادی‌سازی روابط با اسرائیل اعلام کرده است.",
            {("SD", A)},
        ),
        (FA + "اعلام موافقت سودان با عادی‌سازی روابط، واکنش‌هایی در پی داشت.", {("SD", A)}),
        (FA + "سودان موافقت خود را با طرح صلح غزه اعلام کرد.", set()),
    ],
    "en": [
        (
            EN + "In October Sudan announced its agreement to normalise ties with Israel.",
            {("SD", A)},
        ),
    ],
    "tr": [
        (TR + "Sudan ekim ayında İsrail ile normalleşmeyi kabul ettiğini açıkladı.", {("SD", A)}),
    ],
    "ar": [
        (AR + "أعلن السودان في أكتوبر موافقته على التطبيع.", {("SD", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_agreement_announced_fa(language, text, expected):
    assert found(text, language) == expected
