"""Round forty-three, an agreement on normalisation announced, the signing still to come
("Израиль и ОАЭ объявили о договорённости о нормализации", the chronology's present
"объявляют"; "verkündeten Israel und die Emirate eine Einigung über die Normalisierung";
"normalleşme anlaşmasını duyurdu"; "הודיעו ישראל ואיחוד האמירויות על הסכם לנרמול"; "از توافق
برای عادی‌سازی روابط خبر دادند"): announced (labelling rule 1), where the agreement noun alone
had been read as a signing (`cues.announced` ru de tr he fa; en fr es id ms ar kk read it
already). German and Hebrew put the subject between the verb and its object, so their cue is
split. Near miss: an agreement on something else announced gives no claim. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "ru": [
        (
            "13 августа 2020 года Израиль и ОАЭ объявили о договорённости о нормализации отношений.",
            {("AE", A, "2020-08-13")},
        ),
        (
            "13 августа 2020 года - Израиль и ОАЭ объявляют о договорённости о нормализации.",
            {("AE", A, "2020-08-13")},
        ),
        ("Израиль и ОАЭ объявили о договорённости о прямых авиарейсах.", set()),
    ],
    "de": [
        (
            "Am 13. August 2020 verkündeten Israel und die Emirate eine Einigung über die Normalisierung "
            "ihrer Beziehungen.",
            {("AE", A, "2020-08-13")},
        ),
        ("Israel und die Emirate verkündeten eine Einigung über Direktflüge.", set()),
    ],
    "tr": [
        (
            "13 Ağustos 2020'de İsrail ve BAE normalleşme anlaşmasını duyurdu.",
            {("AE", A, "2020-08-13")},
        ),
        ("İsrail ve BAE doğrudan uçuş anlaşmasını duyurdu.", set()),
    ],
    "he": [
        ("ישראל ואיחוד האמירויות הודיעו על הסכם לנרמול היחסים.", {("AE", A)}),
        (
            "ב-13 באוגוסט 2020 הודיעו ישראל ואיחוד האמירויות על הסכם לנרמול היחסים.",
            {("AE", A, "2020-08-13")},
        ),
        ("ישראל ואיחוד האמירויות הודיעו על הסכם לטיסות ישירות.", set()),
    ],
    "fa": [
        (
            "در ۱۳ اوت ۲۰۲۰ اسرائیل و امارات از توافق برای عادی‌سازی روابط خبر دادند.",
            {("AE", A, "2020-08-13")},
        ),
        ("اسرائیل و امارات از توافق برای پروازهای مستقیم خبر دادند.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announced_normalisation_agreement(language, text, expected):
    check_case(language, text, expected)
