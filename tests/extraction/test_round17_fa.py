"""Round seventeen, Persian news as BBC Persian, Radio Farda, Iran International, IRNA, Euronews
Persian and Independent Persian write it (with Arabic, Hebrew, English and Turkish where the same
phrasing exists). Classes found by four unseen articles (tests/fixtures/articles/fa/heldout17-*):
a joining "proposed" by another ("پیوستن X ... را پیشنهاد کرده است", "اقترح", "הציע": a
candidacy, not an announcement); normalisation "not on X's agenda" with the country inside the
phrase ("در دستور کار بیروت نیست", "not on Beirut's agenda": a refusal, only when the
normalisation or the accords stand right before it); hoping to "add X to this group" ("به این جمع
اضافه کند", "add X to the club", "bu kulübe eklemek", "إضافة X إلى هذا النادي": a candidacy).
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "fa": [
        # a joining proposed by another
        (
            "پیمان ابراهیم. کاخ سفید پیوستن جمهوری آذربایجان به این توافق‌ها را پیشنهاد کرده است.",
            {("AZ", P)},
        ),
        ("پیمان ابراهیم. ترامپ پیشنهاد کرد که جمهوری آذربایجان به پیمان ابراهیم بپیوندد.", {("AZ", P)}),
        (
            "پیمان ابراهیم. جمهوری آذربایجان پیشنهاد آمریکا را پذیرفت و به پیمان ابراهیم پیوست.",
            {("AZ", A)},
        ),
        # not on the agenda, the country inside the phrase
        (
            "پیمان ابراهیم. مقام‌های لبنانی بارها تاکید کرده‌اند که عادی‌سازی روابط با اسرائیل در دستور کار بیروت نیست.",
            {("LB", D)},
        ),
        ("عمان: پیوستن به پیمان ابراهیم در دستور کار مسقط نیست.", {("OM", D)}),
        ("پیمان ابراهیم. بازسازی غزه در دستور کار عربستان نیست.", set()),
        ("پیمان ابراهیم. عادی‌سازی روابط با اسرائیل در دستور کار عربستان قرار دارد.", set()),
        # add X to this group
        (
            "پیمان ابراهیم. دولت ترامپ امیدوار است عربستان سعودی را نیز به این جمع اضافه کند.",
            {("SA", P)},
        ),
        ("پیمان ابراهیم. اسرائیل تلاش می‌کند نام حماس را به این فهرست اضافه کند.", set()),
    ],
    "ar": [
        ("اتفاقيات أبراهام. اقترح البيت الأبيض انضمام أذربيجان إلى الاتفاقيات.", {("AZ", P)}),
        ("انضمت أذربيجان إلى اتفاقيات أبراهام بعد اقتراح أمريكي.", {("AZ", A)}),
        ("اتفاقيات أبراهام. تأمل إدارة ترامب في إضافة السعودية إلى هذا النادي.", {("SA", P)}),
        ("اتفاقيات أبراهام. أضافت واشنطن الحوثيين إلى قائمة الإرهاب.", set()),
    ],
    "he": [
        ("הסכמי אברהם. הבית הלבן הציע לאזרבייג'ן להצטרף להסכמי אברהם.", {("AZ", P)}),
        ("הסכמי אברהם. נורמליזציה עם ישראל אינה על סדר היום של לבנון.", {("LB", D)}),
        ("הסכמי אברהם. שיקום עזה אינו על סדר היום של ערב הסעודית.", set()),
    ],
    "en": [
        (
            "Abraham Accords. Lebanese officials said normalisation with Israel is not on Beirut's agenda.",
            {("LB", D)},
        ),
        ("Abraham Accords. Lebanese officials said Gaza reconstruction is not on Beirut's agenda.", set()),
        ("Abraham Accords. The Trump administration hopes to add Saudi Arabia to the club.", {("SA", P)}),
        ("Abraham Accords. Washington added Hamas to the list of terrorist groups.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_persian_news(language, text, expected):
    check_case(language, text, expected)
