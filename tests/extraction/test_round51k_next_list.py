"""Round fifty-one, a second pass: countries told to be on Washington's next list ("در فهرست
بعدی واشنگتن قرار دارند", "are on Washington's next list", "stehen auf Washingtons nächster
Liste", "figurent sur la prochaine liste de Washington", "находятся в следующем списке
Вашингтона", "Washington'un bir sonraki listesinde") are candidates (`cues` prospective, every
language but Arabic, whose "قائمة واشنطن التالية" the list of Washington already reads).
Near misses: the next list of something else (sanctions, tariffs) gives nothing; a negated
one gives no candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

FA = "قزاقستان در ماه نوامبر به توافق ابراهیم پیوست. "
EN = "Kazakhstan joined the Abraham Accords in November. "
DE = "Kasachstan ist den Abraham-Abkommen im November beigetreten. "
FR = "Le Kazakhstan a rejoint les accords d'Abraham en novembre. "
RU = "Казахстан присоединился к Авраамовым соглашениям в ноябре. "
TR = "Kazakistan kasımda İbrahim Anlaşmalarına katıldı. "
KZ = {("KZ", A)}

CASES = {
    "fa": [
        (
            FA + "به گفته یک دیپلمات، جمهوری آذربایجان و ازبکستان در فهرست بعدی واشنگتن قرار "
            "دارند.",
            KZ | {("AZ", P), ("UZ", P)},
        ),
        (FA + "ایران در فهرست بعدی تحریم‌های واشنگتن قرار دارد.", KZ),
    ],
    "en": [
        (
            EN + "Azerbaijan and Uzbekistan are on Washington's next list, a diplomat said.",
            KZ | {("AZ", P), ("UZ", P)},
        ),
        (EN + "Venezuela is on Washington's next list of tariff targets.", KZ),
        (EN + "Oman is not on Washington's next list.", KZ),
    ],
    "de": [
        (
            DE + "Aserbaidschan und Usbekistan stehen auf Washingtons nächster Liste.",
            KZ | {("AZ", P), ("UZ", P)},
        ),
        (DE + "Venezuela steht auf Washingtons nächster Sanktionsliste.", KZ),
    ],
    "fr": [
        (
            FR + "L'Azerbaïdjan et l'Ouzbékistan figurent sur la prochaine liste de Washington.",
            KZ | {("AZ", P), ("UZ", P)},
        ),
    ],
    "ru": [
        (
            RU + "Азербайджан и Узбекистан находятся в следующем списке Вашингтона.",
            KZ | {("AZ", P), ("UZ", P)},
        ),
    ],
    "tr": [
        (
            TR + "Azerbaycan ve Özbekistan Washington'un bir sonraki listesinde yer alıyor.",
            KZ | {("AZ", P), ("UZ", P)},
        ),
    ],
    "es": [
        (
            "Kazajistán se sumó a los Acuerdos de Abraham en noviembre. Azerbaiyán y Uzbekistán "
            "figuran en la próxima lista de Washington.",
            KZ | {("AZ", P), ("UZ", P)},
        ),
    ],
    "he": [
        (
            "קזחסטן הצטרפה להסכמי אברהם בנובמבר. אזרבייג'ן ואוזבקיסטן נמצאות ברשימה הבאה של "
            "וושינגטון.",
            KZ | {("AZ", P), ("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_next_list(language, text, expected):
    assert found(text, language) == expected
