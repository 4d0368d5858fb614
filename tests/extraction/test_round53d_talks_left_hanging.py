"""Talks told as left hanging, in limbo, in suspense ("normalisation talks between Riyadh and
Israel remain on hold / in limbo", "siguen en suspenso", "restent en suspens", "hängen in der
Schwebe" (also the compound "Normalisierungsgespräche"), "висят в воздухе", "остаются в
подвешенном состоянии", "תלויות באוויר", "kekal tergantung sejak", "masih tergantung sejak",
"askıda", "معلقة", "در حالت تعلیق", "тоқтап тұр") are halted: suspended, not a negotiation.
Malay, Indonesian, Russian and Hebrew read them as talks before. Controls: "tergantung pada"
(depends on) is a condition, no halt; talks going on are negotiating."""

import pytest

from tests.extraction.found import D, N, U, found

HANGING = [
    (
        "en",
        "Normalization talks between Saudi Arabia and Israel remain in limbo since the Gaza war.",
    ),
    (
        "es",
        "Las negociaciones de normalización entre Riad e Israel siguen en suspenso desde la "
        "guerra de Gaza.",
    ),
    (
        "fr",
        "Les négociations de normalisation entre Riyad et Israël restent en suspens depuis la "
        "guerre de Gaza.",
    ),
    (
        "de",
        "Die Normalisierungsgespräche zwischen Riad und Israel hängen seit dem Gaza-Krieg in der "
        "Schwebe.",
    ),
    (
        "ru",
        "Переговоры о нормализации между Эр-Риядом и Израилем висят в воздухе с начала войны в "
        "Газе.",
    ),
    (
        "ru",
        "Переговоры о нормализации между Саудовской Аравией и Израилем остаются в подвешенном "
        "состоянии после войны в Газе.",
    ),
    ("he", "שיחות הנרמול בין ריאד לישראל תלויות באוויר מאז מלחמת עזה."),
    ("he", "המגעים לנרמול בין סעודיה לישראל תלויים באוויר מאז מלחמת עזה."),
    (
        "ms",
        "Rundingan normalisasi antara Riyadh dan Israel kekal tergantung sejak perang Gaza "
        "meletus.",
    ),
    (
        "id",
        "Perundingan normalisasi antara Riyadh dan Israel masih tergantung sejak perang Gaza "
        "pecah.",
    ),
    ("tr", "Riyad ile İsrail arasındaki normalleşme görüşmeleri Gazze savaşından bu yana askıda."),
    ("ar", "لا تزال محادثات التطبيع بين الرياض وإسرائيل معلقة منذ اندلاع حرب غزة."),
    ("fa", "مذاکرات عادی‌سازی میان ریاض و اسرائیل از زمان جنگ غزه در حالت تعلیق مانده است."),
    ("kk", "Эр-Рияд пен Израиль арасындағы келіссөздер Газадағы соғыстан бері тоқтап тұр."),
]


@pytest.mark.parametrize("language,text", HANGING)
def test_talks_left_hanging_are_suspended(language, text):
    assert found(text, language) == {("SA", U)}


@pytest.mark.parametrize(
    "language,text,expected",
    [
        # "depends on": a precondition, no halt
        (
            "ms",
            "Normalisasi dengan Israel tergantung pada penubuhan negara Palestin, kata Riyadh.",
            set(),
        ),
        (
            "id",
            "Normalisasi hubungan Arab Saudi dengan Israel tergantung pada berdirinya negara "
            "Palestina.",
            {("SA", D)},
        ),
        # talks going on
        (
            "ms",
            "Rundingan normalisasi antara Riyadh dan Israel masih diteruskan, kata pegawai Saudi.",
            {("SA", N)},
        ),
    ],
)
def test_depending_on_or_going_on_is_no_halt(language, text, expected):
    assert found(text, language) == expected
