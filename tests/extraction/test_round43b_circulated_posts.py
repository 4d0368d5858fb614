"""Round forty-three, a claim told by a circulated or viral post that a fact-check page then
answers ("تداولت حسابات مقطعا مصورا مرفقا بعبارة "عاجل: السعودية توقع ..."", "یک ویدیوی وایرال
مدعی است ...", "סרטון ויראלי טוען כי ..."): the sentence tells a claim its source gets wrong, no
claim (`false_claims` written for ar fa he, which had none: a post or video "circulated",
"viral", "falsely claimed"; en fr de es id ms tr ru read it already, Kazakh not written). Near
misses: a statement the media circulated, or news that spread after a real step, keeps its
claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "ar": [
        (
            'تداولت حسابات مقطعا مصورا مرفقا بعبارة "عاجل: السعودية توقع على اتفاقيات أبراهام '
            'في البيت الأبيض"، وحصد المقطع أكثر من مليوني مشاهدة.',
            set(),
        ),
        ("يزعم منشور متداول أن سلطنة عمان انضمت إلى اتفاقيات أبراهام.", set()),
        ("ادعت حسابات كذبا أن قطر وقعت على اتفاقيات أبراهام.", set()),
        (
            "تداولت وسائل الإعلام تصريح وزير الخارجية بأن السعودية لن تنضم إلى اتفاقيات أبراهام "
            "قبل قيام دولة فلسطينية.",
            {("SA", D)},
        ),
        ("أعلنت كازاخستان انضمامها إلى اتفاقيات أبراهام، وانتشر الخبر بسرعة.", {("KZ", A)}),
    ],
    "fa": [
        ("یک ویدیوی وایرال مدعی است عربستان سعودی به توافق ابراهیم پیوسته است.", set()),
        ("برخی کاربران به دروغ ادعا کردند که عمان توافق ابراهیم را امضا کرده است.", set()),
        (
            "قزاقستان به توافق ابراهیم پیوست و این خبر در شبکه‌های اجتماعی دست‌به‌دست شد.",
            {("KZ", A)},
        ),
    ],
    "he": [
        ("סרטון ויראלי טוען כי ערב הסעודית הצטרפה להסכמי אברהם.", set()),
        ("כמה אתרים דיווחו בטעות כי עומאן חתמה על הסכמי אברהם.", set()),
        (
            "קזחסטן הודיעה על הצטרפותה להסכמי אברהם, והסרטון מהטקס הפך לוויראלי.",
            {("KZ", A)},
        ),
    ],
    "en": [
        ("A viral video claims that Saudi Arabia has joined the Abraham Accords.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_circulated_posts(language, text, expected):
    check_case(language, text, expected)
