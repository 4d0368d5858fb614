"""Round thirty-six, an embassy as the subject of its own opening: "the UAE embassy in Tel Aviv
opened in July 2021", Hebrew "השגרירות שלה בתל אביב נפתחה ביולי 2021", French "l'ambassade ... a
ouvert", Spanish "la embajada ... fue inaugurada", Malay "kedutaan ... dibuka". The cue knew the
opening told with the country as subject ("opened its embassy") or the two words side by side
("embassy opened"); with the place between them the sentence gave the accords' signing dated by
the opening, or nothing. Now the two parts may stand a few words apart (`status` ratified,
split cues "embassy ~ opened", "(השגרירות|שגרירות) ~ נפתחה", "ambassade ~ a ouvert",
"embajada ~ fue inaugurada", "kedutaan ~ dibuka"). Near misses: a non-member's embassy opened is
its own ties with Israel and gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

R = "ratified"

CASES = {
    "en": [
        (
            "Under the Abraham Accords, the UAE embassy in Tel Aviv opened in July 2021.",
            {("AE", R)},
        ),
        ("The Azerbaijani embassy in Tel Aviv opened in March 2023.", set()),
    ],
    "he": [
        (
            "בחריין היא שותפה ותיקה במסגרת ההסכמים: השגרירות שלה בתל אביב נפתחה בספטמבר 2021.",
            {("BH", R)},
        ),
        ("במסגרת הסכמי אברהם, השגרירות של מרוקו ברבאט נפתחה מחדש.", {("MA", R)}),
        ("שגרירות אזרבייג'ן בתל אביב נפתחה במרץ 2023.", set()),
        # near miss: a signing with no opening stays a signing
        ("בחריין חתמה על הסכמי אברהם בספטמבר 2020.", {("BH", S)}),
    ],
    "fr": [
        (
            "Dans le cadre des accords d'Abraham, l'ambassade de Bahreïn à Tel-Aviv a ouvert en "
            "septembre 2021.",
            {("BH", R)},
        ),
        ("L'ambassade d'Azerbaïdjan à Tel-Aviv a ouvert en mars 2023.", set()),
    ],
    "es": [
        (
            "En el marco de los Acuerdos de Abraham, la embajada emiratí en Tel Aviv fue inaugurada en "
            "julio de 2021.",
            {("AE", R)},
        ),
    ],
    "ms": [
        (
            "Dalam kerangka Perjanjian Abraham, kedutaan UAE di Tel Aviv dibuka pada Julai 2021.",
            {("AE", R)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_embassy_opened_passive(language, text, expected):
    check_case(language, text, expected)
