"""Round forty-nine, a country's own opposition to joining or to normalisation told with the verb
"oppose" ("Indonesia opposed joining the Abraham Accords", "عارضت إندونيسيا الانضمام إلى اتفاقيات
أبراهام", "Endonezya, İbrahim Anlaşmalarına katılmaya karşı çıktı", the Persian verb-final
"اندونزی با پیوستن به پیمان ابراهیم مخالفت کرد", "با عادی‌سازی روابط با اسرائیل مخالف است"): by the
labelling rule on a country's own refusal, declined; the English and Arabic read the joining word
as an announcement, the Turkish and the Persian verb-final forms gave nothing (the noun "opposition
to normalisation", "مخالفت با عادی‌سازی", was read). English, Arabic (the verb first, the subject
between), Turkish and Persian. Near misses: opposing another membership (a trade pact, BRICS,
"ticaret anlaşmasına"), another plan ("با طرح اقتصادی آمریکا مخالفت کرد") and the negated verb
("مخالفت نکرد") give nothing; a country opposing another's joining ("ایران با پیوستن قزاقستان
مخالفت کرد", "Iran opposed Kazakhstan's joining") is no refusal of its own, the joining told stays.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
AR = "وُقّعت اتفاقيات أبراهام في 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "
FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "

CASES = {
    "en": [
        (EN + "Indonesia opposed joining the Abraham Accords.", {("ID", D)}),
        (EN + "Indonesia opposed joining the new trade pact.", set()),
        (EN + "Iran opposed Kazakhstan's joining the accords.", {("KZ", A)}),
    ],
    "ar": [
        (AR + "عارضت إندونيسيا الانضمام إلى اتفاقيات أبراهام.", {("ID", D)}),
        (AR + "تعارض إندونيسيا التطبيع مع إسرائيل.", {("ID", D)}),
        (AR + "عارضت إندونيسيا الانضمام إلى منظمة بريكس.", set()),
    ],
    "tr": [
        (TR + "Endonezya, İbrahim Anlaşmalarına katılmaya karşı çıktı.", {("ID", D)}),
        (TR + "Endonezya, ticaret anlaşmasına katılmaya karşı çıktı.", set()),
    ],
    "fa": [
        (FA + "اندونزی با عادی‌سازی مخالفت کرد.", {("ID", D)}),
        (FA + "اندونزی با عادی‌سازی روابط با اسرائیل مخالف است.", {("ID", D)}),
        (FA + "اندونزی با پیوستن به پیمان ابراهیم مخالفت کرد.", {("ID", D)}),
        (FA + "اندونزی با طرح اقتصادی آمریکا مخالفت کرد.", set()),
        (FA + "اندونزی با عادی‌سازی مخالفت نکرد.", set()),
        (FA + "ایران با پیوستن قزاقستان مخالفت کرد.", {("KZ", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_opposed_joining(language, text, expected):
    assert found(text, language) == expected
