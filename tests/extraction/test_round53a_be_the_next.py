""" "X will be the next (one, country) to join": a prediction with the copula, never the
joining itself, so prospective in every language. Forms: "is going to be the next (one,
country) to join" (en; "will be the next to join" was read before), "va a ser el siguiente
(en unirse)" (es; "será el siguiente" was read before), "wird der nächste sein, der
beitritt" (de), "будет следующим, кто присоединится" (ru); French "va être le prochain à
rejoindre", Turkish "bir sonraki ülke olacak", Arabic "ستكون الدولة التالية", Hebrew "תהיה
המדינה הבאה", Persian "کشور بعدی خواهد بود", Indonesian and Malay "akan menjadi negara
berikutnya / seterusnya" and Kazakh "келесі ел болады" were read already and are kept here.
The copula denied ("no va a ser el siguiente") is a refusal; "become the next member" stays
a joining announced (earlier rounds); the next item of some other list gives nothing."""

import pytest

from tests.extraction.found import D, P, found

NEXT = [
    ("en", "Oman is going to be the next one to join the Abraham Accords."),
    ("en", "Oman is going to be the next country to sign the Abraham Accords."),
    ("es", "Dicen que Omán va a ser el siguiente en unirse a los Acuerdos de Abraham."),
    ("es", "Omán va a ser el próximo país en firmar los Acuerdos de Abraham."),
    ("de", "Oman wird der nächste sein, der den Abraham-Abkommen beitritt."),
    ("ru", "Оман будет следующим, кто присоединится к Соглашениям Авраама."),
    ("fr", "Oman va être le prochain pays à rejoindre les accords d'Abraham."),
    ("tr", "Umman, İbrahim Anlaşmaları'na katılacak bir sonraki ülke olacak."),
    ("ar", "ستكون سلطنة عمان الدولة التالية التي تنضم إلى اتفاقيات أبراهام."),
    ("he", "עומאן תהיה המדינה הבאה שתצטרף להסכמי אברהם."),
    ("fa", "عمان کشور بعدی خواهد بود که به پیمان ابراهیم می‌پیوندد."),
    ("id", "Oman akan menjadi negara berikutnya yang bergabung dengan Perjanjian Abraham."),
    ("ms", "Oman akan menjadi negara seterusnya yang menyertai Perjanjian Abraham."),
    ("kk", "Оман Авраам келісімдеріне қосылатын келесі ел болады."),
]


@pytest.mark.parametrize("language,text", NEXT)
def test_the_next_one_to_join_is_a_candidate(language, text):
    assert found(text, language) == {("OM", P)}


def test_a_list_said_to_be_the_next_ones():
    text = (
        "Dicen que Omán y Mauritania van a ser los siguientes en unirse a los Acuerdos de Abraham."
    )
    assert found(text, "es") == {("OM", P), ("MR", P)}


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "Oman is not going to be the next country to join the Abraham Accords."),
        ("es", "Omán no va a ser el siguiente en unirse a los Acuerdos de Abraham."),
        ("ru", "Оман не будет следующим, кто присоединится к Соглашениям Авраама."),
    ],
)
def test_the_copula_denied_is_a_refusal(language, text):
    assert found(text, language) == {("OM", D)}


@pytest.mark.xfail(
    strict=True,
    reason="the German relative clause's joining under a denied copula still reads as a "
    "candidacy beside the refusal, as with 'das nächste Land' before",
)
def test_the_german_copula_denied_is_a_refusal_only():
    text = "Oman wird nicht der nächste sein, der den Abraham-Abkommen beitritt."
    assert found(text, "de") == {("OM", D)}


@pytest.mark.parametrize(
    "language,text",
    [
        (
            "en",
            "The Abraham Accords turn five. Oman is going to be the next host of the Gulf summit.",
        ),
        (
            "es",
            "Los Acuerdos de Abraham cumplen cinco años. Omán va a ser el siguiente anfitrión "
            "de la cumbre del Golfo.",
        ),
        (
            "de",
            "Die Abraham-Abkommen werden fünf Jahre alt. Oman wird der nächste Gastgeber des "
            "Golfgipfels sein.",
        ),
        ("ru", "Соглашениям Авраама пять лет. Оман будет следующим хозяином саммита стран Залива."),
    ],
)
def test_the_next_of_something_else_gives_nothing(language, text):
    assert found(text, language) == set()
