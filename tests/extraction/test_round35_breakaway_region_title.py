"""Round thirty-five, an anaphor holding a breakaway region's word (`region_words`) is that
territory's title: it stands for the unrecognised territory named last before it, as "the kingdom"
stands for the kingdom, even when the state it broke from was named after it ("Somaliland, in the
north of Somalia ... the region's authorities"): Persian "مقامات این منطقه (جدایی‌طلب)", Arabic
"سلطات الإقليم", English "the breakaway region", Russian "власти сепаратистского региона",
Indonesian "otoritas wilayah separatis itu". Near misses: with no such territory named before,
"this region's officials" stand for no country (not for the country in scope), and Somalia
itself keeps its own refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fa": [
        (
            "رژیم صهیونیستی منطقه جدایی‌طلب «سومالی‌لند» در شمال سومالی را به رسمیت شناخت. مقامات این "
            "منطقه جدایی‌طلب اعلام کردند که قصد دارند به پیمان موسوم به «ابراهیم» بپیوندند.",
            {("XS", P)},
        ),
        (
            "رژیم صهیونیستی منطقه جدایی‌طلب «سومالی‌لند» در شمال سومالی را به رسمیت شناخت. مقامات این "
            "منطقه اعلام کردند که قصد دارند به پیمان ابراهیم بپیوندند.",
            {("XS", P)},
        ),
        (
            "عربستان اعلام کرد به پیمان ابراهیم نمی‌پیوندد. مقامات این منطقه اعلام کردند که قصد دارند به "
            "پیمان ابراهیم بپیوندند.",
            {("SA", D)},
        ),
    ],
    "ar": [
        (
            "اعترفت إسرائيل بأرض الصومال في شمال الصومال. وأعلنت سلطات الإقليم رغبتها في الانضمام إلى "
            "اتفاقيات أبراهام.",
            {("XS", P)},
        ),
    ],
    "en": [
        (
            "Israel recognised Somaliland, in the north of Somalia. The breakaway region's leaders said "
            "they intend to join the Abraham Accords.",
            {("XS", P)},
        ),
    ],
    "ru": [
        (
            "Израиль признал Сомалиленд на севере Сомали. Власти сепаратистского региона заявили, что "
            "намерены присоединиться к Авраамовым соглашениям.",
            {("XS", P)},
        ),
    ],
    "id": [
        (
            "Israel mengakui Somaliland di utara Somalia. Otoritas wilayah separatis itu menyatakan "
            "berniat bergabung dengan Abraham Accords.",
            {("XS", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_breakaway_region_title(language, text, expected):
    check_case(language, text, expected)
