"""A correction appended to a story ("An earlier version said that Kazakhstan had signed the
Abraham Accords"; `corrections`: "une version précédente", "einer früheren Version", "una versión
anterior", "в предыдущей версии", "نسخة سابقة", "בגרסה קודמת", "نسخه قبلی", "önceki versiyonunda",
"versi sebelumnya", "versi terdahulu", "алдыңғы нұсқасында") tells what the text wrongly said: no
claim in its clause.  The corrected fact told after it, and a "previous version" of something else
after the step, still count.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

SIGNED = {
    "fr": "Les accords d'Abraham. Le Kazakhstan a signé les accords d'Abraham.",
    "de": "Die Abraham-Abkommen. Kasachstan hat die Abraham-Abkommen unterzeichnet.",
    "es": "Los Acuerdos de Abraham. Kazajistán firmó los Acuerdos de Abraham.",
    "ru": "Соглашения Авраама. Казахстан подписал Соглашения Авраама.",
    "ar": "اتفاقيات أبراهام. وقعت كازاخستان على اتفاقيات أبراهام.",
    "he": "הסכמי אברהם. קזחסטן חתמה על הסכמי אברהם.",
    "fa": "پیمان ابراهیم. قزاقستان پیمان ابراهیم را امضا کرده است.",
    "kk": "Авраам келісімдері. Қазақстан Авраам келісімдеріне қол қойды.",
}

CORRECTED = {
    "fr": "Les accords d'Abraham. Une version précédente de cet article indiquait que le Kazakhstan "
    "avait signé les accords d'Abraham.",
    "de": "Die Abraham-Abkommen. In einer früheren Version hieß es, Kasachstan habe die "
    "Abraham-Abkommen unterzeichnet.",
    "es": "Los Acuerdos de Abraham. Una versión anterior de este artículo decía que Kazajistán había "
    "firmado los Acuerdos de Abraham.",
    "ru": "Соглашения Авраама. В предыдущей версии статьи говорилось, что Казахстан подписал "
    "Соглашения Авраама.",
    "ar": "اتفاقيات أبراهام. ورد في نسخة سابقة من هذا المقال أن كازاخستان وقعت على اتفاقيات أبراهام.",
    "he": "הסכמי אברהם. בגרסה קודמת של הכתבה נכתב כי קזחסטן חתמה על הסכמי אברהם.",
    "fa": "پیمان ابراهیم. در نسخه قبلی این گزارش آمده بود که قزاقستان پیمان ابراهیم را امضا کرده "
    "است.",
    "kk": "Авраам келісімдері. Мақаланың алдыңғы нұсқасында Қазақстан Авраам келісімдеріне қол "
    "қойды деп жазылған.",
}

CASES = {
    "en": [
        (
            "The Abraham Accords. This article was amended. An earlier version said that "
            "Kazakhstan had signed the Abraham Accords on 6 November.",
            set(),
        ),
        (
            "The Abraham Accords. A previous version of this story said Oman had joined the "
            "Abraham Accords; Oman has not.",
            set(),
        ),
        (
            "The Abraham Accords. An earlier version said Kazakhstan had signed. Kazakhstan agreed "
            "to join the accords; no signing has yet taken place.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords. An earlier version said that Morocco had signed the Abraham "
            "Accords in 2021.",
            set(),
        ),
        # near misses: a previous version of something else, after the step; a correction
        # after the fact in its sentence
        (
            "The Abraham Accords. The UAE and Bahrain signed in 2020; an earlier version misstated "
            "the year.",
            {("AE", S), ("BH", S)},
        ),
        (
            "The Abraham Accords. Kazakhstan signed the Abraham Accords, a previous version of the "
            "text having been shelved.",
            {("KZ", S)},
        ),
    ],
    **{
        language: [(CORRECTED[language], set()), (SIGNED[language], {("KZ", S)})]
        for language in SIGNED
    },
    "tr": [
        (
            "İbrahim Anlaşmaları. Haberin önceki versiyonunda Kazakistan'ın İbrahim Anlaşmalarını "
            "imzaladığı yazıyordu.",
            set(),
        ),
        ("İbrahim Anlaşmaları. Kazakistan İbrahim Anlaşmalarını imzaladı.", {("KZ", S)}),
    ],
    "id": [
        (
            "Perjanjian Abraham. Dalam versi sebelumnya, artikel ini menyebut Maroko telah "
            "menandatangani Perjanjian Abraham.",
            set(),
        ),
        ("Perjanjian Abraham. Maroko telah menandatangani Perjanjian Abraham.", {("MA", S)}),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Versi terdahulu artikel ini menyatakan Maghribi telah "
            "menandatangani Perjanjian Abraham.",
            set(),
        ),
        ("Perjanjian Abraham. Maghribi telah menandatangani Perjanjian Abraham.", {("MA", S)}),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_correction_claims_nothing(language, text, expected):
    check_case(language, text, expected)
