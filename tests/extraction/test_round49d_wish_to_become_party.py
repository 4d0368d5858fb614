"""Round forty-nine, a wish to become a party or a member ("the authorities in Hargeisa made it
clear that they wish to become a party to the Abraham Accords", "souhaite devenir partie aux
accords", "veut devenir membre des accords", "desea convertirse en parte de los Acuerdos",
"quiere ser miembro de los Acuerdos", "желает стать стороной Соглашений", "מעוניינת להיות צד
להסכמי אברהם", "רוצה להפוך לחברה בהסכמי אברהם"): a country's own wish to join, prospective, as
"wish to join" already was. English read nothing, French and Spanish read "membre des accords"
as a signing, Hebrew read nothing. English, French, Spanish, Russian and Hebrew (`cues`
prospective). Near misses: a country that became a party ("Kazakhstan became a party to the
Abraham Accords", "est devenu membre", "se convirtió en miembro", "стал участником", "הפכה לחברה
בהסכמי אברהם") stays announced; an intention officials confirm ("confirmed that the country
intended to become a party to the accords") is no wish of this kind and gives nothing here (in an
article it is the joining's confirmation); a negated wish ("does not wish to become a party",
"אינה מעוניינת להיות צד") declines. Left out: the French negation around the verb ("ne veut pas
devenir membre"), which gives nothing as before. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, found

CASES = {
    "en": [
        (
            "Within days of that recognition, the authorities in Hargeisa made it clear that they "
            "wish to become a party to the Abraham Accords.",
            {("XS", P)},
        ),
        ("Somaliland hopes to become a member of the Abraham Accords.", {("XS", P)}),
        ("Kazakhstan became a party to the Abraham Accords in November.", {("KZ", A)}),
        (
            "The Kazakh Foreign Ministry confirmed that the country intended to become a party to "
            "the accords.",
            set(),
        ),
        ("Pakistan does not wish to become a party to the Abraham Accords.", {("PK", D)}),
    ],
    "fr": [
        ("Le Somaliland souhaite devenir partie aux accords d'Abraham.", {("XS", P)}),
        ("Le Somaliland veut devenir membre des accords d'Abraham.", {("XS", P)}),
        ("Le Kazakhstan est devenu membre des accords d'Abraham.", {("KZ", A)}),
    ],
    "es": [
        ("Somalilandia desea convertirse en parte de los Acuerdos de Abraham.", {("XS", P)}),
        ("Somalilandia quiere ser miembro de los Acuerdos de Abraham.", {("XS", P)}),
        ("Kazajistán se convirtió en miembro de los Acuerdos de Abraham.", {("KZ", A)}),
        ("Pakistán no quiere ser miembro de los Acuerdos de Abraham.", {("PK", D)}),
    ],
    "ru": [
        ("Сомалиленд желает стать стороной Соглашений Авраама.", {("XS", P)}),
        ("Казахстан стал участником Соглашений Авраама.", {("KZ", A)}),
        ("Пакистан не желает стать стороной Соглашений Авраама.", {("PK", D)}),
    ],
    "he": [
        ("סומלילנד מעוניינת להיות צד להסכמי אברהם.", {("XS", P)}),
        ("סומלילנד רוצה להפוך לחברה בהסכמי אברהם.", {("XS", P)}),
        ("קזחסטן הפכה לחברה בהסכמי אברהם.", {("KZ", A)}),
        ("פקיסטן אינה מעוניינת להיות צד להסכמי אברהם.", {("PK", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_to_become_party(language, text, expected):
    assert found(text, language) == expected
