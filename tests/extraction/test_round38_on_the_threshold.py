"""Round thirty-eight, a country "on the threshold of joining" (someone else's reading of how near
it is, no decision of its own): prospective, not announced ("على أعتاب الانضمام", "на пороге
присоединения", "близок к присоединению", "katılmanın eşiğinde", "a punto de sumarse", "על סף
הצטרפות", "di ambang bergabung", "di ambang menyertai", "қосылудың алдында тұр", "در آستانه پیوستن").
English, French and German already read "on the verge of joining", "sur le point de rejoindre" and
"kurz vor dem Beitritt" so. Near misses: a threshold of something else (an anniversary, a visit),
and a plain joining next to it. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "ar": [
        ("أذربيجان على أعتاب الانضمام إلى اتفاقيات أبراهام.", {("AZ", P)}),
        ("أذربيجان انضمت إلى اتفاقيات أبراهام.", {("AZ", A)}),
    ],
    "ru": [
        ("Азербайджан на пороге присоединения к Авраамовым соглашениям.", {("AZ", P)}),
        (
            "По данным источников, Азербайджан близок к присоединению к Авраамовым соглашениям.",
            {("AZ", P)},
        ),
        ("Авраамовы соглашения. Азербайджан на пороге визита премьера в Баку.", set()),
    ],
    "tr": [
        ("Azerbaycan, İbrahim Anlaşmaları'na katılmanın eşiğinde.", {("AZ", P)}),
        (
            "İbrahim Anlaşmaları. Azerbaycan Cumhurbaşkanı, zirveye katılmak üzere Ankara'ya geldi.",
            set(),
        ),
    ],
    "es": [
        ("Azerbaiyán está a punto de sumarse a los Acuerdos de Abraham.", {("AZ", P)}),
        (
            "Según la prensa, Azerbaiyán está a punto de unirse a los Acuerdos de Abraham.",
            {("AZ", P)},
        ),
    ],
    "he": [
        ("אזרבייג'ן על סף הצטרפות להסכמי אברהם.", {("AZ", P)}),
    ],
    "id": [
        ("Azerbaijan di ambang bergabung dengan Perjanjian Abraham.", {("AZ", P)}),
    ],
    "ms": [
        ("Azerbaijan di ambang menyertai Perjanjian Abraham.", {("AZ", P)}),
    ],
    "kk": [
        ("Әзербайжан Авраам келісімдеріне қосылудың алдында тұр.", {("AZ", P)}),
        (
            "Авраам келісімдері. Қазақстан келісімдерге қосылудың алдында Вашингтонмен кеңесті.",
            set(),
        ),
    ],
    "fa": [
        ("جمهوری آذربایجان در آستانه پیوستن به توافق ابراهیم قرار دارد.", {("AZ", P)}),
        ("آذربایجان در آستانه امضای توافق ابراهیم است.", {("AZ", P)}),
        ("قزاقستان در آستانه سالگرد پیوستن به توافق ابراهیم قرار دارد.", {("KZ", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_on_the_threshold(language, text, expected):
    check_case(language, text, expected)
