"""Round thirty-seven, the date of Israel's recognition of a country told right after the
recognition word, in a participle or a relative clause before the step ("Reconnu par Israël le 26
décembre 2025, le Somaliland souhaite rejoindre les accords", "Recognised by Israel on 26 December
2025, Somaliland wants to join", "Reconocida por Israel el 26 de diciembre de 2025", "Признанный
Израилем 26 декабря 2025 года"): the recognition's date, not the step's (`recognition_words`;
French "reconnu" added; `confidence._recognition_date`). A wish told as coming "after" the
recognition ("menyatakan siap bergabung setelah Israel mengakui ... pada Desember 2025") is not
tied to that month either (rule 8). Near misses, where the text ties the step to the
recognition's day: told the same day or at once ("a aussitôt fait savoir", "тут же заявил",
`same_day`), or a signing with its own date after another recognition (Turkish "tanımasının
ardından 22 Aralık 2020'de imzaladı"); a refusal whose own date follows a comma after "jamais reconnu Israël"; and
a country that recognised Israel itself, its recognition the step ("Le Maroc a reconnu Israël en
2020 et a rejoint les accords").
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import P, S, numbered_params

D = "declined"
PUBLISHED = datetime.date(2026, 3, 1)

CASES = {
    "fr": [
        (
            "Reconnu par Israël le 26 décembre 2025, le Somaliland souhaite rejoindre les accords d'Abraham.",
            {("XS", P, None)},
        ),
        (
            "Le Somaliland, qu'Israël a reconnu le 26 décembre 2025, a aussitôt fait savoir qu'il souhaitait rejoindre les accords d'Abraham.",
            {("XS", P, "2025-12-26")},
        ),
        (
            "Alger, qui n'a jamais reconnu Israël, a répété en février 2026 qu'elle ne normaliserait pas avec Israël.",
            {("DZ", D, "2026-02")},
        ),
        (
            "Les accords d'Abraham. Le Maroc a reconnu Israël en 2020 et a rejoint les accords.",
            {("MA", S, "2020")},
        ),
    ],
    "en": [
        (
            "Recognised by Israel on 26 December 2025, Somaliland wants to join the Abraham Accords.",
            {("XS", P, None)},
        ),
    ],
    "es": [
        (
            "Reconocida por Israel el 26 de diciembre de 2025, Somalilandia quiere sumarse a los Acuerdos de Abraham.",
            {("XS", P, None)},
        ),
    ],
    "ru": [
        (
            "Признанный Израилем 26 декабря 2025 года Сомалиленд хочет присоединиться к Авраамовым соглашениям.",
            {("XS", P, None)},
        ),
        (
            "Израиль признал Сомалиленд 26 декабря 2025 года, и его лидер тут же заявил о намерении вступить в Авраамовы соглашения.",
            {("XS", P, "2025-12-26")},
        ),
    ],
    "id": [
        (
            "Somaliland menyatakan siap bergabung dengan Abraham Accords setelah Israel mengakui kemerdekaannya pada Desember 2025.",
            {("XS", P, None)},
        ),
    ],
    "tr": [
        (
            "Rabat, Washington'un Batı Sahra üzerindeki Fas egemenliğini tanımasının ardından 22 Aralık 2020'de İsrail ve ABD ile ortak bildiriyi imzaladı.",
            {("MA", S, "2020-12-22")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "case"), numbered_params(CASES, KNOWN_MISSES))
def test_recognized_participle_date(language, case):
    text, expected = case
    claims = extract(text, language=language, published=PUBLISHED).claims
    assert {(c.country, c.status, c.date) for c in claims} == expected
