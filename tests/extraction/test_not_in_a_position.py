"""A country "not in a position to join" refuses as things stand, in every language that says it
with its own words ("nicht in der Lage, ... beizutreten", "katılabilecek durumda değil", "אינה במצב
שמאפשר לה להצטרף", "در موقعیتی نیست که ... بپیوندد", "ليست في وضع يسمح لها بالانضمام"); read
before as a joining announced or hoped for.  English, French, Spanish, Russian and Indonesian
already read the negation.  In a position to join, said without a negation, is no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

SY = {("SY", D)}

CASES = {
    "en": [("Syria is not in a position to join the Abraham Accords.", SY)],
    "fr": [("La Syrie n'est pas en mesure de rejoindre les accords d'Abraham.", SY)],
    "es": [("Siria no está en condiciones de sumarse a los Acuerdos de Abraham.", SY)],
    "ru": [("Сирия не в состоянии присоединиться к Авраамовым соглашениям.", SY)],
    "id": [("Suriah tidak dalam posisi untuk bergabung dengan Abraham Accords.", SY)],
    "de": [
        ("Syrien ist nicht in der Lage, den Abraham-Abkommen beizutreten.", SY),
        (
            "Syrien ist nicht in der Lage, die Gespräche über die Abraham-Abkommen fortzusetzen.",
            set(),
        ),
    ],
    "tr": [("Suriye İbrahim Anlaşmaları'na katılabilecek durumda değil.", SY)],
    "he": [
        ("סוריה אינה במצב שמאפשר לה להצטרף להסכמי אברהם.", SY),
        ("סוריה אינה במצב להצטרף להסכמי אברהם.", SY),
    ],
    "fa": [
        ("سوریه در موقعیتی نیست که به پیمان ابراهیم بپیوندد.", SY),
        ("سوریه در موقعیتی است که به پیمان ابراهیم بپیوندد.", {("SY", "announced")}),
    ],
    "ar": [
        (
            "أكد الرئيس السوري أحمد الشرع أن بلاده ليست في وضع يسمح لها بالانضمام إلى الاتفاقيات "
            "حاليا.",
            SY,
        ),
        (
            "انضمت كازاخستان إلى اتفاقيات أبراهام. وأكد الرئيس السوري أحمد الشرع أن بلاده ليست في "
            "وضع يسمح لها بالتفكير في هذه الخطوة حاليا.",
            {("KZ", "announced"), ("SY", D)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_not_in_a_position_to_join_is_a_refusal(language, text, expected):
    check_case(language, text, expected)
