"""Round forty-nine, a member told as no longer active in the process or the accords ("سودان ...
عملاً در این روند فعال نیست", "لم يعد السودان فاعلا في الاتفاقيات", "Sudan süreçte fiilen aktif
değil"): by the labelling rule on halted ties, "no longer active in the agreement" is a halt, and
the English was read already; the Persian, Arabic and Turkish were not. Persian, Arabic and Turkish
(English pinned). Near misses: active in the process ("در این روند فعال است"), and not active in
something else (a market, the African Union, "Afrika Birliği'nde aktif değil"), give nothing. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, found

FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "
AR = "وُقّعت اتفاقيات أبراهام في 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "fa": [
        (
            FA + "سودان از زمان آغاز جنگ داخلی عملاً در این روند فعال نیست و هیچ تماس رسمی با "
            "اسرائیل ندارد.",
            {("SD", U)},
        ),
        (FA + "سودان دیگر در پیمان ابراهیم فعال نیست.", {("SD", U)}),
        (FA + "مراکش در این روند فعال است.", set()),
        (FA + "شرکت‌های سودانی دیگر در بازار فعال نیستند.", set()),
    ],
    "ar": [
        (AR + "لم يعد السودان فاعلا في الاتفاقيات منذ اندلاع الحرب.", {("SD", U)}),
        (AR + "لم يعد السودان عمليا حاضرا في مسار التطبيع.", {("SD", U)}),
        (AR + "لم يعد السودان فاعلا في الاتحاد الأفريقي.", set()),
    ],
    "tr": [
        (TR + "Sudan, iç savaş nedeniyle süreçte fiilen aktif değil.", {("SD", U)}),
        (TR + "Sudan artık normalleşme sürecinde etkin değil.", {("SD", U)}),
        (TR + "Sudan, Afrika Birliği'nde aktif değil.", set()),
    ],
    "en": [
        (EN + "Sudan is no longer active in the accords since the war.", {("SD", U)}),
        (EN + "Sudan is no longer active in the African Union.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_active_in_process(language, text, expected):
    assert found(text, language) == expected
