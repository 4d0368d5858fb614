"""Round thirty-seven, a Persian refusal to normalise told in the plural or the first person
plural ("مقام‌های سعودی ... روابط خود را با اسرائیل عادی نخواهند کرد", Saudi officials will not
normalise their relations with Israel; "ما ... عادی نخواهیم کرد", we will not normalise): declined,
as the singular "عادی نخواهد کرد" already was. The other languages' verbs already take a plural
subject ("Saudi officials ... will not normalise", "les responsables saoudiens ne
normaliseraient pas", "לא ינרמלו", "لن يطبعوا"). Near misses: the plural future without the
negation is an announcement, not a refusal, and a plural refusal of something else. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "fa": [
        (
            "مقام‌های سعودی بارها گفته‌اند که بدون کشور مستقل فلسطینی، روابط خود را با اسرائیل عادی نخواهند کرد.",
            {("SA", D)},
        ),
        (
            "وزیر خارجه عربستان گفت: «ما بدون کشور فلسطینی روابط را با اسرائیل عادی نخواهیم کرد.»",
            {("SA", D)},
        ),
        (
            "مقام‌های عمانی تأکید کردند که عادی‌سازی نخواهند کرد مگر آنکه کشور فلسطینی تشکیل شود.",
            {("OM", D)},
        ),
        (
            "مقامات اماراتی اعلام کردند که روابط خود را با اسرائیل عادی خواهند کرد.",
            {("AE", A)},
        ),
        (
            "مقام‌های سعودی گفته‌اند که قیمت نفت را در ماه آینده تغییر نخواهند داد.",
            set(),
        ),
    ],
    "en": [
        (
            "Saudi officials have repeatedly said they will not normalise relations with Israel without a Palestinian state.",
            {("SA", D)},
        ),
    ],
    "he": [
        (
            "בכירים סעודים אמרו שוב ושוב כי לא ינרמלו את היחסים עם ישראל ללא מדינה פלסטינית.",
            {("SA", D)},
        ),
    ],
    "ar": [
        (
            "قال المسؤولون السعوديون مرارا إنهم لن يطبعوا العلاقات مع إسرائيل دون دولة فلسطينية.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_persian_plural_refusal(language, text, expected):
    check_case(language, text, expected)
