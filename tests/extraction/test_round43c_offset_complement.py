"""Round forty-three, a counted offset followed by what it counts from ("Un mes después de que
Astana anunciara su ingreso ...", "Спустя месяц после того, как Астана объявила ...", "یک ماه
بعد از اینکه قزاقستان ... اعلام کرد"): the month is counted from the joining, so the joining is
not moved a month past the dateline; it stays undated (`offset_complements` es ru fa,
`claims._counted_offset`; en fr de put "after" words that are no offsets of theirs). Near
misses: the offset standing alone after a dated joining still moves the next step. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Santiago, 5 de diciembre de 2025. Un mes después de que Astana anunciara su ingreso a los "
            "Acuerdos de Abraham, la Federación publica un boletín.",
            {("KZ", A, None)},
        ),
        (
            "Un mes después del anuncio de Astana, Azerbaiyán dijo que podría unirse a los Acuerdos de Abraham.",
            {("KZ", A, None), ("AZ", P, None)},
        ),
        (
            "El 6 de noviembre de 2025 Kazajistán anunció su ingreso a los Acuerdos de Abraham. Un mes "
            "después, Bakú siguió sus pasos.",
            {("KZ", A, "2025-11-06"), ("AZ", A, "2025-12")},
        ),
    ],
    "ru": [
        (
            "Алматы, 5 декабря 2025 года. Спустя месяц после того, как Астана объявила о присоединении к "
            "Соглашениям Авраама, эксперты подводят итоги.",
            {("KZ", A, None)},
        ),
        (
            "6 ноября 2025 года Казахстан объявил о присоединении к Соглашениям Авраама. Спустя месяц "
            "Азербайджан сделал то же самое.",
            {("KZ", A, "2025-11-06"), ("AZ", A, "2025-12")},
        ),
    ],
    "fa": [
        (
            "تهران، ۵ دسامبر ۲۰۲۵. یک ماه بعد از اینکه قزاقستان پیوستن به پیمان ابراهیم را اعلام کرد، "
            "کارشناسان جمع‌بندی کردند.",
            {("KZ", A, None)},
        ),
        (
            "قزاقستان در ۶ نوامبر ۲۰۲۵ پیوستن به پیمان ابراهیم را اعلام کرد. یک ماه بعد آذربایجان به پیمان "
            "ابراهیم پیوست.",
            {("KZ", A, "2025-11-06"), ("AZ", A, "2025-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_offset_complement(language, text, expected):
    check_case(language, text, expected)
