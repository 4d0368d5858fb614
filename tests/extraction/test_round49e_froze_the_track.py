"""Round forty-nine, a halt of the bare track or process, its object only "the track" or "this
process" after the accords were named ("- جمّد السودان المسار بعد اندلاع الحرب في نيسان 2023" in a
fact box, "وأوقفت الخرطوم هذا المسار تماما", "Sudan froze the track after the war broke out",
"دولت سودان ... عملا این روند را متوقف کرد"): "froze the process" and "مسار التطبيع" were read, the
bare Arabic "المسار", the English "track" and the Persian "این روند را متوقف کرد" were not. Arabic
(the track followed by a word of time, cause or degree: "بعد", "منذ", "بسبب", "تماما"), English and
Persian (the verb right after "را"; the Turkish "süreci dondurdu" pinned: it was read). Near
misses: another track ("المسار الدستوري", "the constitutional track", "روند قانون اساسی را متوقف
کرد"), the negated verb ("لم يجمد السودان المسار", "never froze the track", "متوقف نکرد") and the
track with nothing after it give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, found

AR = "وُقّعت اتفاقيات أبراهام في 2020. "
EN = "The Abraham Accords were signed in 2020. "
FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "

CASES = {
    "ar": [
        (AR + "- جمّد السودان المسار بعد اندلاع الحرب في نيسان 2023.", {("SD", U)}),
        (AR + "وأوقفت الخرطوم هذا المسار تماما.", {("SD", U)}),
        (AR + "جمّد السودان المسار الدستوري بعد الانقلاب.", set()),
        (AR + "لم يجمد السودان المسار بعد الحرب.", set()),
    ],
    "en": [
        (EN + "Sudan froze the track after the war broke out.", {("SD", U)}),
        (EN + "Sudan froze the constitutional track after the coup.", set()),
        (EN + "Sudan never froze the track.", set()),
    ],
    "fa": [
        (FA + "سودان پس از آغاز جنگ این روند را متوقف کرد.", {("SD", U)}),
        (FA + "سودان پس از کودتا روند قانون اساسی را متوقف کرد.", set()),
        (FA + "سودان این روند را متوقف نکرد.", set()),
    ],
    "tr": [
        (TR + "Sudan, savaşın ardından süreci dondurdu.", {("SD", U)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_froze_the_track(language, text, expected):
    assert found(text, language) == expected
