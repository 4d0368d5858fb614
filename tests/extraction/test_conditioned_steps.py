"""A country that makes a step conditional on a Palestinian state refuses it as things stand, also
when the step is named only by a word pointing back ("any such move", "أي خطوة من هذا القبيل",
"هرگونه اقدامی در این زمینه", "любой подобный шаг"): "Saudi Arabia ties any such move to the creation
of a Palestinian state", "ترهن أي خطوة ... بقيام دولة فلسطينية", "... را به تشکیل کشور فلسطینی
منوط کرده است", "обусловливает ... созданием палестинского государства".  A condition on something
else (aid, a jet purchase) in a sentence with no word of the accords is none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

KZ_A = ("KZ", "announced")
BOTH = {KZ_A, ("SA", D)}

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords in November. Saudi Arabia ties any such move to "
            "the creation of a Palestinian state.",
            BOTH,
        ),
        (
            "Kazakhstan joined the Abraham Accords in November. Riyadh has linked any step of the "
            "kind to the establishment of an independent Palestinian state.",
            BOTH,
        ),
        ("Egypt ties its aid to Gaza to a lasting ceasefire.", set()),
    ],
    "ru": [
        (
            "Казахстан присоединился к Авраамовым соглашениям в ноябре. Саудовская Аравия "
            "обусловливает любой подобный шаг созданием палестинского государства.",
            BOTH,
        ),
        ("Саудовская Аравия обусловила покупку истребителей гарантиями безопасности.", set()),
    ],
    "ar": [
        (
            "انضمت كازاخستان إلى اتفاقيات أبراهام في نوفمبر. أما السعودية فترهن أي خطوة من هذا "
            "القبيل بقيام دولة فلسطينية مستقلة.",
            BOTH,
        ),
        ("ترهن مصر مساعداتها لغزة بوقف دائم لإطلاق النار.", set()),
    ],
    "fa": [
        (
            "قزاقستان در ماه نوامبر به پیمان ابراهیم پیوست. عربستان سعودی هرگونه اقدامی در این "
            "زمینه را به تشکیل کشور فلسطینی منوط کرده است.",
            BOTH,
        ),
        ("عربستان سعودی خرید جنگنده‌ها را به تضمین‌های امنیتی منوط کرده است.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_step_made_conditional_on_a_palestinian_state_is_refused(language, text, expected):
    check_case(language, text, expected)
