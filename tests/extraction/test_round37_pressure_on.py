"""Round thirty-seven, pressure on a country with no joining word beside it, in a text about the
accords: prospective, others pressing it to join ("the administration is putting pressure on
Saudi Arabia", "ejerce presión sobre", "fait pression en particulier sur", "übt vor allem Druck
auf ... aus", "давит на", "تضغط الإدارة الأمريكية بشكل خاص على", "تمارس الإدارة الأمريكية
ضغوطا على", "לוחץ במיוחד על", "terus menekan", "қысым жасап"). Turkish "baskı yapıyor" and
Persian "فشار می‌آورد" were read before. Near misses: pressure on a founder, or on a country's
neighbours (no claim; the English one a known miss). A country pressing another still takes the
step itself, as with the pressure cues that name the joining (a known miss). Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

LEAD = {
    "en": "Washington keeps trying to expand the Abraham Accords. ",
    "es": "Washington sigue intentando ampliar los Acuerdos de Abraham. ",
    "fr": "Washington cherche à élargir les accords d'Abraham. ",
    "de": "Washington will die Abraham-Abkommen erweitern. ",
    "ru": "Вашингтон стремится расширить Авраамовы соглашения. ",
    "ar": "تواصل واشنطن مساعيها لتوسيع اتفاقيات أبراهام. ",
    "he": "וושינגטון מבקשת להרחיב את הסכמי אברהם. ",
    "id": "Washington berupaya memperluas Abraham Accords. ",
    "ms": "Washington berusaha meluaskan Perjanjian Abraham. ",
    "kk": "Вашингтон Авраам келісімдерін кеңейтуге тырысуда. ",
    "tr": "Washington İbrahim Anlaşmaları'nı genişletmeye çalışıyor. ",
    "fa": "واشنگتن در تلاش برای گسترش توافق ابراهیم است. ",
}

CASES = {
    "en": [
        ("The administration is putting pressure on Saudi Arabia in particular.", {("SA", P)}),
        ("The administration is putting pressure on Israel.", set()),
        ("Qatar is putting pressure on Saudi Arabia.", {("SA", P)}),
        ("The administration is putting pressure on the neighbours of Saudi Arabia.", set()),
    ],
    "es": [
        ("La Casa Blanca ejerce presión sobre Arabia Saudí.", {("SA", P)}),
    ],
    "fr": [
        ("L'administration fait pression en particulier sur l'Arabie saoudite.", {("SA", P)}),
        ("L'administration fait pression sur le Pakistan.", {("PK", P)}),
        ("L'administration fait pression sur les voisins de l'Arabie saoudite.", set()),
    ],
    "de": [
        ("Die Regierung übt vor allem Druck auf Saudi-Arabien aus.", {("SA", P)}),
    ],
    "ru": [
        ("Администрация особенно давит на Саудовскую Аравию.", {("SA", P)}),
    ],
    "ar": [
        ("وتضغط الإدارة الأمريكية بشكل خاص على السعودية.", {("SA", P)}),
        ("وتمارس الإدارة الأمريكية ضغوطا على السعودية.", {("SA", P)}),
    ],
    "he": [
        ("הממשל לוחץ במיוחד על סעודיה.", {("SA", P)}),
    ],
    "id": [
        ("Pemerintah AS terus menekan Arab Saudi.", {("SA", P)}),
    ],
    "ms": [
        ("Kerajaan AS terus menekan Arab Saudi.", {("SA", P)}),
    ],
    "kk": [
        ("Әкімшілік әсіресе Сауд Арабиясына қысым жасап отыр.", {("SA", P)}),
    ],
    "tr": [
        ("Yönetim özellikle Suudi Arabistan'a baskı yapıyor.", {("SA", P)}),
    ],
    "fa": [
        ("دولت آمریکا به‌ویژه بر عربستان سعودی فشار می‌آورد.", {("SA", P)}),
    ],
}
CASES = {
    language: [(LEAD[language] + text, expected) for text, expected in cases]
    for language, cases in CASES.items()
}

KNOWN_MISSES = {
    "en-3": "the presser named before the cue is read as its subject and takes the step too "
    "(QA prospective), as with 'Qatar is piling pressure on Azerbaijan to sign up'",
    "en-4": "a country named after the pressure's first object ('the neighbours of') takes it: "
    "the English cue ends at 'on' (the French one needs the article of the country right after)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_pressure_on(language, text, expected):
    check_case(language, text, expected)
