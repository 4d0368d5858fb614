"""Round forty-nine, the Persian refusal "will not take such a step" with a plural or first-person
subject ("اندونزی و سوریه ... بدون حل مسئله فلسطین چنین گامی برنمی‌دارند", "چنین گامی برنخواهند
داشت", "برنمی‌داریم"): the singular ("ریاض ... چنین گامی برنمی‌دارد") was read, the plural verbs
were not, so two countries refusing together gave nothing. Persian (the English "they will not take
such a step", the Arabic "لن تتخذا مثل هذه الخطوة" and the Turkish "böyle bir adım
atmayacaklarını" pinned: they were read). Near misses: big steps taken for something else ("گام‌های
بزرگی برای اقتصاد برمی‌دارند") give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "
EN = "The Abraham Accords were signed in 2020. "
AR = "وُقّعت اتفاقيات أبراهام في 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "

CASES = {
    "fa": [
        (
            FA + "اندونزی و سوریه نیز پیش‌تر گفته بودند بدون حل مسئله فلسطین و جولان چنین گامی "
            "برنمی‌دارند.",
            {("ID", D), ("SY", D)},
        ),
        (
            FA + "اندونزی و مالزی اعلام کردند تا تشکیل کشور فلسطین چنین گامی برنخواهند داشت.",
            {("ID", D), ("MY", D)},
        ),
        (FA + "اندونزی و مالزی گام‌های بزرگی برای اقتصاد برمی‌دارند.", set()),
    ],
    "en": [
        (
            EN + "Indonesia and Syria have said they will not take such a step without a "
            "Palestinian state.",
            {("ID", D), ("SY", D)},
        ),
    ],
    "ar": [
        (
            AR + "وقالت إندونيسيا وسوريا إنهما لن تتخذا مثل هذه الخطوة قبل قيام دولة فلسطينية.",
            {("ID", D), ("SY", D)},
        ),
    ],
    "tr": [
        (
            TR + "Endonezya ve Suriye, Filistin devleti kurulmadan böyle bir adım "
            "atmayacaklarını söyledi.",
            {("ID", D), ("SY", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_such_step_plural(language, text, expected):
    assert found(text, language) == expected
