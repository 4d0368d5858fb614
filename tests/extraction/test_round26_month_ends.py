"""A month told with its start, middle or end, or in a possessive form after its year, as
columns and wire copy date a step: Turkish "ocak sonunda", "ocak ayının sonunda", "2021
ocağında", "2020 aralığında"; Kazakh "қаңтар соңында"; Arabic "في نهاية يناير"; Persian "در
اواخر ژانویه"; with the forms other languages already read ("at the end of January", "fin
janvier", "Ende Januar", "a finales de enero", "в конце января", "pada akhir Januari", "בסוף
ינואר"). The step takes that month. Near misses: the same words for "in the end" or
"eventually" with no month after them ("Sonunda", "في نهاية المطاف", "در پایان") date nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Pakistan ocak sonunda Abraham Anlaşmaları'na katılmayacağını açıkladı.",
            {("PK", D, "2025-01")},
        ),
        (
            "Pakistan, ocak ayının sonunda Abraham Anlaşmaları'na katılmayacağını açıkladı.",
            {("PK", D, "2025-01")},
        ),
        ("Sudan, 2021 ocağında Abraham Anlaşmaları'na katıldı.", {("SD", S, "2021-01")}),
        ("Fas, 2020 aralığında Abraham Anlaşmaları'na katıldı.", {("MA", S, "2020-12")}),
        (
            "Sonunda Pakistan, Abraham Anlaşmaları'na katılmayacağını açıkladı.",
            {("PK", D, None)},
        ),
    ],
    "kk": [
        ("Судан 2021 жылдың қаңтар соңында Авраам келісімдеріне қосылды.", {("SD", S, "2021-01")}),
        ("Судан қаңтар соңында Авраам келісімдеріне қосылды.", {("SD", S, "2025-01")}),
    ],
    "ar": [
        (
            "أعلنت باكستان في نهاية يناير أنها لن تنضم إلى اتفاقيات أبراهام.",
            {("PK", D, "2025-01")},
        ),
        (
            "أعلنت باكستان في نهاية المطاف أنها لن تنضم إلى اتفاقيات أبراهام.",
            {("PK", D, None)},
        ),
    ],
    "fa": [
        (
            "پاکستان در اواخر ژانویه اعلام کرد که به پیمان ابراهیم نمی‌پیوندد.",
            {("PK", D, "2025-01")},
        ),
        (
            "پاکستان در پایان اعلام کرد که به پیمان ابراهیم نمی‌پیوندد.",
            {("PK", D, None)},
        ),
    ],
    "en": [
        (
            "Pakistan said at the end of January it would not join the Abraham Accords.",
            {("PK", D, "2025-01")},
        ),
    ],
    "id": [
        (
            "Pakistan pada akhir Januari menyatakan tidak akan bergabung dengan Abraham Accords.",
            {("PK", D, "2025-01")},
        ),
    ],
    "he": [
        ("פקיסטן הודיעה בסוף ינואר כי לא תצטרף להסכמי אברהם.", {("PK", D, "2025-01")}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_month_ends(language, text, expected):
    check_case(language, text, expected)
