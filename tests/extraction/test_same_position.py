"""A country that "holds the same position" as the one before takes that country's step:
the continuation told by a stance shared ("shares the same position", "est sur la même
ligne", "está en la misma línea", "teilt diese Haltung", "разделяет эту позицию",
"осындай ұстанымда", "aynı görüşte", "berada pada posisi yang sama", "berkongsi
pendirian yang sama", "موقفا مماثلا", "همین موضع را دارد", "מחזיקה בעמדה דומה"), in every
language the parser speaks. Controls: with no step in the sentence before, the shared
stance gives nothing, and no country is invented for a shared view of analysts.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Indonesia has refused to join the Abraham Accords. Malaysia shares the same position.",
            {("ID", D), ("MY", D)},
        ),
        (
            "Indonesia has refused to join the Abraham Accords. Malaysia is of the same view.",
            {("ID", D), ("MY", D)},
        ),
        (
            "Oman is expected to join the Abraham Accords. Qatar takes that view.",
            {("OM", P), ("QA", P)},
        ),
        (
            "Indonesia has refused to join the Abraham Accords. Analysts are of the same view.",
            {("ID", D)},
        ),
        ("Qatar hosted talks on Gaza on Monday. Malaysia shares the same position.", set()),
    ],
    "fr": [
        (
            "L'Indonésie refuse de rejoindre les accords d'Abraham. La Malaisie est sur la même ligne.",
            {("ID", D), ("MY", D)},
        ),
        (
            "L'Indonésie refuse de rejoindre les accords d'Abraham. La Malaisie partage la même position.",
            {("ID", D), ("MY", D)},
        ),
        (
            "L'Indonésie refuse de rejoindre les accords d'Abraham. La Malaisie adopte une position similaire.",
            {("ID", D), ("MY", D)},
        ),
        ("Le Qatar accueille des négociations sur Gaza. La Malaisie est sur la même ligne.", set()),
    ],
    "es": [
        (
            "Indonesia se niega a sumarse a los Acuerdos de Abraham. Malasia está en la misma línea.",
            {("ID", D), ("MY", D)},
        ),
        (
            "Indonesia se niega a sumarse a los Acuerdos de Abraham. Malasia adopta una postura similar.",
            {("ID", D), ("MY", D)},
        ),
    ],
    "de": [
        (
            "Indonesien lehnt einen Beitritt zu den Abraham-Abkommen ab. Malaysia teilt diese Haltung.",
            {("ID", D), ("MY", D)},
        ),
        (
            "Indonesien lehnt einen Beitritt zu den Abraham-Abkommen ab. Malaysia liegt auf derselben Linie.",
            {("ID", D), ("MY", D)},
        ),
    ],
    "ru": [
        (
            "Индонезия отказалась присоединиться к Соглашениям Авраама. Малайзия разделяет эту позицию.",
            {("ID", D), ("MY", D)},
        ),
        (
            "Индонезия отказалась присоединиться к Соглашениям Авраама. Малайзия занимает такую же позицию.",
            {("ID", D), ("MY", D)},
        ),
        ("Израиль и Катар обсудили Газу. Малайзия разделяет эту позицию.", set()),
    ],
    "kk": [
        (
            "Индонезия Авраам келісімдеріне қосылудан бас тартты. Малайзия да осындай ұстанымда.",
            {("ID", D), ("MY", D)},
        ),
    ],
    "tr": [
        (
            "Endonezya İbrahim Anlaşmaları'na katılmayı reddetti. Malezya da aynı görüşte.",
            {("ID", D), ("MY", D)},
        ),
        (
            "Endonezya İbrahim Anlaşmaları'na katılmayı reddetti. Malezya da benzer bir tutum sergiliyor.",
            {("ID", D), ("MY", D)},
        ),
    ],
    "id": [
        (
            "Indonesia menolak bergabung dengan Perjanjian Abraham. Malaysia berada pada posisi yang sama.",
            {("ID", D), ("MY", D)},
        ),
    ],
    "ms": [
        (
            "Indonesia menolak menyertai Perjanjian Abraham. Pakistan berkongsi pendirian yang sama.",
            {("ID", D), ("PK", D)},
        ),
    ],
    "ar": [
        (
            "رفضت إندونيسيا الانضمام إلى اتفاقيات أبراهام. وتتخذ ماليزيا موقفا مماثلا.",
            {("ID", D), ("MY", D)},
        ),
        (
            "رفضت إندونيسيا الانضمام إلى اتفاقيات أبراهام. وتتبنى باكستان الموقف نفسه.",
            {("ID", D), ("PK", D)},
        ),
        ("استضافت قطر محادثات بشأن غزة. وتتخذ ماليزيا موقفا مماثلا.", set()),
    ],
    "fa": [
        (
            "اندونزی پیوستن به پیمان ابراهیم را رد کرد. مالزی نیز همین موضع را دارد.",
            {("ID", D), ("MY", D)},
        ),
        (
            "اندونزی پیوستن به پیمان ابراهیم را رد کرد. پاکستان هم موضع مشابهی دارد.",
            {("ID", D), ("PK", D)},
        ),
    ],
    "he": [
        (
            "אינדונזיה סירבה להצטרף להסכמי אברהם. מלזיה מחזיקה בעמדה דומה.",
            {("ID", D), ("MY", D)},
        ),
        (
            "אינדונזיה סירבה להצטרף להסכמי אברהם. פקיסטן שותפה לעמדה זו.",
            {("ID", D), ("PK", D)},
        ),
    ],
}


@pytest.mark.parametrize("language, text, expected", challenge_params(CASES, {}))
def test_same_position(language, text, expected):
    check_case(language, text, expected)
