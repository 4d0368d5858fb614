"""Round thirty-seven, economic ties with Israel severed, told with a noun ("the severing of
economic ties", "la ruptura de los lazos económicos", "разрыве экономических связей",
"экономикалық байланыстарды үзетінін", Hebrew "ניתוק הקשרים הכלכליים"): suspended (rule 5: an
envoy recalled and economic ties cut are a halt, not a withdrawal), as French, German, Arabic,
Turkish, Persian, Indonesian and Malay already read it. Hebrew "ניתוק הקשרים הכלכליים" was read as
a withdrawal too; cutting relations as a whole ("ניתוק היחסים") still is one. Near misses: ties
with another country, and the whole relations severed. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

W = "withdrawn"

CASES = {
    "en": [
        (
            "The Abraham Accords. Bahrain announced the severing of economic ties with Israel.",
            {("BH", U)},
        ),
        ("The Abraham Accords. Bahrain announced the severing of economic ties with Iran.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Baréin anunció la ruptura de los lazos económicos con Israel.",
            {("BH", U)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Бахрейн объявил о разрыве экономических связей с Израилем.",
            {("BH", U)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Бахрейн Израильмен экономикалық байланыстарды үзетінін жариялады.",
            {("BH", U)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. הפרלמנט במנאמה הודיע על החזרת השגריר ועל ניתוק הקשרים הכלכליים עם ישראל.",
            {("BH", U)},
        ),
        ("הסכמי אברהם. בחריין הודיעה על ניתוק היחסים עם ישראל.", {("BH", W)}),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Bahreïn a annoncé la rupture des liens économiques avec Israël.",
            {("BH", U)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Bahrain verkündete den Abbruch der Wirtschaftsbeziehungen zu Israel.",
            {("BH", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_economic_ties_severed(language, text, expected):
    check_case(language, text, expected)
