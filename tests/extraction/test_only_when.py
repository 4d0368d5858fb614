"""A wish to join restricted to a time still to come ("but that will happen only when there is a
clear path to a Palestinian state") is both the wish and a refusal as things stand, in the
languages that said "only if" but not "only when": Hebrew "רק כשיהיה", "רק כאשר", Russian
"только тогда, когда", Arabic "إلا عندما", Persian "تنها زمانی ... که", Turkish "yalnızca ...
olduğunda".  A step told as done "only when" something happened ("joined only when it received
guarantees") is no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

BOTH = {("SA", D), ("SA", P)}

CASES = {
    "he": [
        (
            "ערב הסעודית מעוניינת להיות חלק מהסכמי אברהם, אך הדבר יקרה רק כשיהיה נתיב ברור "
            "למדינה פלסטינית.",
            BOTH,
        ),
        ("ערב הסעודית מעוניינת להיות חלק מהסכמי אברהם, וכשזה יקרה כולם ירוויחו.", {("SA", P)}),
    ],
    "ru": [
        (
            "Саудовская Аравия хочет быть частью Авраамовых соглашений, но это произойдет только "
            "тогда, когда появится ясный путь к палестинскому государству.",
            BOTH,
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям только когда получил гарантии.",
            {("KZ", "announced")},
        ),
    ],
    "ar": [
        (
            "تريد السعودية أن تكون جزءا من اتفاقيات أبراهام، لكن ذلك لن يحدث إلا عندما يكون هناك "
            "مسار واضح نحو دولة فلسطينية.",
            BOTH,
        ),
    ],
    "fa": [
        (
            "عربستان سعودی می‌خواهد بخشی از پیمان ابراهیم باشد، اما این تنها زمانی رخ می‌دهد که "
            "مسیری روشن به سوی کشور فلسطینی وجود داشته باشد.",
            BOTH,
        ),
        ("قزاقستان تنها زمانی به پیمان ابراهیم پیوست که ترامپ از آن خواست.", {("KZ", "announced")}),
    ],
    "tr": [
        (
            "Suudi Arabistan İbrahim Anlaşmaları'nın bir parçası olmak istiyor, ancak bu yalnızca "
            "Filistin devletine giden net bir yol olduğunda gerçekleşecek.",
            BOTH,
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_wish_restricted_to_a_time_to_come_is_also_a_refusal(language, text, expected):
    check_case(language, text, expected)
