"""Round forty-seven, the Persian refusal told as not entering the normalisation process or the
accords ("بدون تشکیل کشور فلسطینی وارد روند عادی‌سازی نمی‌شود", "وارد پیمان ابراهیم نخواهد شد"),
as the English "will not enter the normalisation process", the Turkish "normalleşme sürecine
girmeyecek", the Arabic "لن تدخل مسار التطبيع" and the Russian "не вступит в процесс
нормализации" already were. Near misses: entering another process ("وارد روند مذاکرات صلح با
ارمنستان نمی‌شود") gives nothing; the other languages' same phrasing is pinned. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "

CASES = {
    "fa": [
        (
            FA + "ریاض بارها گفته است که بدون تشکیل کشور فلسطینی وارد روند عادی‌سازی نمی‌شود.",
            {("SA", D)},
        ),
        (FA + "مسقط تأکید کرد که وارد پیمان ابراهیم نخواهد شد.", {("OM", D)}),
        (FA + "جاکارتا تا استقلال فلسطین وارد روند سازش نمی‌شود.", {("ID", D)}),
        (FA + "باکو وارد روند مذاکرات صلح با ارمنستان نمی‌شود.", set()),
    ],
    "en": [
        (
            "Riyadh will not enter the normalisation process without a Palestinian state.",
            {("SA", D)},
        ),
    ],
    "tr": [
        ("Riyad, Filistin devleti kurulmadan normalleşme sürecine girmeyecek.", {("SA", D)}),
    ],
    "ar": [
        ("لن تدخل الرياض مسار التطبيع دون قيام دولة فلسطينية.", {("SA", D)}),
    ],
    "ru": [
        (
            "Эр-Рияд не вступит в процесс нормализации без создания палестинского государства.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_entering(language, text, expected):
    assert found(text, language) == expected
