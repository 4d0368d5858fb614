"""Round thirty-five, a country counted "one of the most serious candidates" (a superlative before
the candidates) is a candidacy, as "the likeliest candidate" was: English "one of the most serious
candidates", French "l'un des candidats les plus sérieux", Spanish "uno de los candidatos más
serios", Russian "одним из самых серьёзных кандидатов", Arabic "من أكثر المرشحين جدية", "من أبرز
المرشحين", Turkish "en ciddi adaylardan biri", Hebrew "לאחת המועמדות הרציניות ביותר", Indonesian
"salah satu kandidat paling serius", Malay "salah satu calon paling serius", Persian "«از
جدی‌ترین نامزدها»" (inside quotes). Near misses: negated in English, no claim; a candidate for
another post named by a demonym after "among the most serious candidates" gives none. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

KZ = {
    "en": "Kazakhstan joined the Abraham Accords. ",
    "fr": "Le Kazakhstan a rejoint les accords d'Abraham. ",
    "es": "Kazajistán se sumó a los Acuerdos de Abraham. ",
    "ru": "Казахстан присоединился к Авраамовым соглашениям. ",
    "ar": "انضمت كازاخستان إلى اتفاقيات أبراهام. ",
    "tr": "Kazakistan Abraham Anlaşmaları'na katıldı. ",
    "he": "קזחסטן הצטרפה להסכמי אברהם. ",
    "id": "Kazakhstan bergabung dengan Abraham Accords. ",
    "ms": "Kazakhstan menyertai Perjanjian Abraham. ",
    "fa": "قزاقستان به پیمان‌های ابراهیم پیوست. ",
}
BOTH = {("KZ", A), ("UZ", P)}
ONLY = {("KZ", A)}

CASES = {
    "en": [
        (KZ["en"] + "Uzbekistan is considered one of the most serious candidates.", BOTH),
        (KZ["en"] + "Uzbekistan is not one of the most serious candidates.", ONLY),
        (
            KZ["en"] + "Among the most serious candidates for the UN post is a Jordanian diplomat.",
            ONLY,
        ),
    ],
    "fr": [
        (KZ["fr"] + "L'Ouzbékistan est considéré comme l'un des candidats les plus sérieux.", BOTH)
    ],
    "es": [(KZ["es"] + "Uzbekistán es considerado uno de los candidatos más serios.", BOTH)],
    "ru": [(KZ["ru"] + "Узбекистан считается одним из самых серьёзных кандидатов.", BOTH)],
    "ar": [
        (KZ["ar"] + "وتعد أوزبكستان من أكثر المرشحين جدية.", BOTH),
        (KZ["ar"] + "وتعد أوزبكستان من أبرز المرشحين.", BOTH),
    ],
    "tr": [(KZ["tr"] + "Özbekistan en ciddi adaylardan biri olarak görülüyor.", BOTH)],
    "he": [(KZ["he"] + "אוזבקיסטן נחשבת לאחת המועמדות הרציניות ביותר.", BOTH)],
    "id": [(KZ["id"] + "Uzbekistan dianggap salah satu kandidat paling serius.", BOTH)],
    "ms": [(KZ["ms"] + "Uzbekistan dianggap salah satu calon paling serius.", BOTH)],
    "fa": [
        (
            KZ["fa"] + "به گفته‌ی یک دیپلمات، ازبکستان «از جدی‌ترین نامزدها» به شمار می‌رود.",
            BOTH,
        )
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_most_serious_candidates(language, text, expected):
    check_case(language, text, expected)
