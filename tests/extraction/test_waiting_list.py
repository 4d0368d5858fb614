"""Countries "on the waiting list" of the accords are candidates (`prospective`), in every
language the same image is used: "remain on the waiting list", "siguen en lista de espera",
"sont sur la liste d'attente", "stehen auf der Warteliste", "остаются в листе ожидания",
"bekleme listesinde", "على قائمة الانتظار", "dalam daftar tunggu", "dalam senarai menunggu",
"در فهرست انتظار", "ברשימת ההמתנה", "күту тізімінде". Near misses: a waiting list with no
country on it (travellers waiting for flights), a question ("Is Uzbekistan on the waiting
list?") and a text that is not about the accords give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

KZ = ("KZ", A)
BOTH = {KZ, ("UZ", P), ("MR", P)}

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. Uzbekistan and Mauritania remain on the waiting list.",
            BOTH,
        ),
        (
            "Kazakhstan joined the Abraham Accords. Thousands of Israelis are on the waiting list for flights "
            "to the UAE.",
            {KZ},
        ),
        ("Kazakhstan joined the Abraham Accords. Is Uzbekistan on the waiting list?", {KZ}),
        ("Uzbekistan and Mauritania remain on the waiting list for the football cup.", set()),
    ],
    "es": [
        (
            "Kazajistán se sumó a los Acuerdos de Abraham. Uzbekistán y Mauritania siguen en lista de espera.",
            BOTH,
        )
    ],
    "fr": [
        (
            "Le Kazakhstan a rejoint les accords d'Abraham. L'Ouzbékistan et la Mauritanie sont sur la liste "
            "d'attente.",
            BOTH,
        )
    ],
    "de": [
        (
            "Kasachstan trat den Abraham-Abkommen bei. Usbekistan und Mauretanien stehen auf der Warteliste.",
            BOTH,
        )
    ],
    "ru": [
        (
            "Казахстан присоединился к Соглашениям Авраама. Узбекистан и Мавритания остаются в листе ожидания.",
            BOTH,
        )
    ],
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmalarına katıldı. Özbekistan ve Moritanya bekleme listesinde.",
            BOTH,
        )
    ],
    "ar": [
        (
            "انضمت كازاخستان إلى اتفاقيات أبراهام. وتبقى أوزبكستان وموريتانيا على قائمة الانتظار.",
            BOTH,
        )
    ],
    "id": [
        (
            "Kazakhstan bergabung dengan Abraham Accords. Uzbekistan dan Mauritania masih dalam daftar tunggu.",
            BOTH,
        )
    ],
    "ms": [
        (
            "Kazakhstan menyertai Perjanjian Abraham. Uzbekistan dan Mauritania masih dalam senarai menunggu.",
            BOTH,
        )
    ],
    "fa": [("قزاقستان به پیمان ابراهیم پیوست. ازبکستان و موریتانی در فهرست انتظار هستند.", BOTH)],
    "he": [("קזחסטן הצטרפה להסכמי אברהם. אוזבקיסטן ומאוריטניה נמצאות ברשימת ההמתנה.", BOTH)],
    "kk": [
        (
            "Қазақстан Авраам келісімдеріне қосылды. Өзбекстан мен Мавритания күту тізімінде тұр.",
            BOTH,
        )
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_the_waiting_list_holds_candidates(language, text, expected):
    check_case(language, text, expected)
