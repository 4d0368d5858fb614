"""Round forty-nine, a country urged to catch up with or join the signatories ("الرسائل الأمريكية التي
تحث سوريا على اللحاق بالدول الموقعة عليها", "Washington is urging Syria to join the signatories",
"Suriye'yi imzacı ülkelere katılmaya çağırıyor"): by the labelling rule on others' pressing, a
candidacy; the Arabic and English gave nothing or, where "the signatory states" made the country
one of them, a signing, and the Turkish a signing. Arabic, English and Turkish (the Persian "به
پیوستن به کشورهای امضاکننده ترغیب می‌کند" pinned: it was read). Near misses: urged to join the
signatories of another agreement (a free trade pact) gives nothing. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

AR = "وُقّعت اتفاقيات أبراهام في 2020. "
EN = "The Abraham Accords were signed in 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "
FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "

CASES = {
    "ar": [
        (
            AR + "في وقت تتكاثر فيه الرسائل الأمريكية التي تحث سوريا على اللحاق بالدول الموقعة "
            "عليها.",
            {("SY", P)},
        ),
        (AR + "تضغط واشنطن على لبنان للحاق بالمطبعين.", {("LB", P)}),
        (AR + "تحث واشنطن سوريا على اللحاق بالدول الموقعة على اتفاقية التجارة الحرة.", set()),
    ],
    "en": [
        (EN + "Washington is urging Syria to join the signatories.", {("SY", P)}),
        (EN + "Washington urged Lebanon to catch up with the other signatory states.", {("LB", P)}),
        (EN + "Washington urged Syria to join the signatories of the free trade pact.", set()),
    ],
    "tr": [
        (TR + "Washington, Suriye'yi imzacı ülkelere katılmaya çağırıyor.", {("SY", P)}),
    ],
    "fa": [
        (FA + "واشنگتن سوریه را به پیوستن به کشورهای امضاکننده ترغیب می‌کند.", {("SY", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_urged_to_join_signatories(language, text, expected):
    assert found(text, language) == expected
