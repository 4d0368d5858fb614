"""Round forty-nine, talks in their final stage told as the text of the agreement finished ("أنجز
السودان وإسرائيل صياغة نص اتفاق السلام", "Sudan has completed the text of the peace agreement with
Israel", "Sudan, İsrail ile barış anlaşmasının metnini tamamladı", "سودان با اسرائیل متن توافق صلح را
نهایی کرد"): by the labelling rule on talks in their final stage, negotiating; nothing was read, and
Sudan, a first signatory, was left a background member. Arabic (the verb first with Israel after
the country, or the normalisation agreement, or the peace agreement "with Israel"), English,
Turkish and Persian (the normalisation agreement, or the peace agreement with Israel). A peace
agreement with no Israel named is left out: Baku and Yerevan finish theirs too. Near misses:
Armenia and Azerbaijan finishing the text of a peace agreement give nothing in every language. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import N, challenge_params, found

AR = "وُقّعت اتفاقيات أبراهام في 2020. "
EN = "The Abraham Accords were signed in 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "
FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "

CASES = {
    "ar": [
        (AR + "أنجز السودان وإسرائيل صياغة نص اتفاق السلام.", {("SD", N)}),
        (AR + "أعلن السودان الانتهاء من صياغة نص اتفاق التطبيع مع إسرائيل.", {("SD", N)}),
        (AR + "أعلنت أرمينيا وأذربيجان الانتهاء من صياغة نص اتفاق السلام.", set()),
    ],
    "en": [
        (EN + "Sudan has completed the text of the peace agreement with Israel.", {("SD", N)}),
        (EN + "Sudan has finalised the text of the normalisation agreement.", {("SD", N)}),
        (EN + "Armenia and Azerbaijan finalised the text of a peace agreement.", set()),
    ],
    "tr": [
        (TR + "Sudan, İsrail ile barış anlaşmasının metnini tamamladı.", {("SD", N)}),
        (TR + "Azerbaycan ve Ermenistan barış anlaşmasının metnini tamamladı.", set()),
    ],
    "fa": [
        (FA + "سودان با اسرائیل متن توافق صلح را نهایی کرد.", {("SD", N)}),
        (FA + "جمهوری آذربایجان و ارمنستان متن توافق صلح را نهایی کردند.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_text_finalised(language, text, expected):
    assert found(text, language) == expected
