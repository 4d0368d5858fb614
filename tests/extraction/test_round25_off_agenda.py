"""A country that takes joining or normalisation off its agenda (or off the table) has refused
it: the verb is active and the country is its subject ("Syria has taken normalisation off the
agenda", "katılımı gündemden çıkarmıştı", "сняла вопрос о нормализации с повестки", "mencoret
normalisasi dari agendanya", "hat die Normalisierung von der Tagesordnung genommen", "a retiré
la normalisation de son agenda", "sacó la normalización de su agenda", "را از دستور کار خارج
کرد"). Before, English read "took joining the accords off the table" as a joining. Near misses:
something else taken off the table (military options) and normalisation that fell off the agenda
with no country give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

CASES = {
    "en": [
        (
            "The Abraham Accords. Syria has taken normalisation with Israel off the agenda for now.",
            {("SY", D)},
        ),
        (
            "The Abraham Accords. Damascus took joining the accords off the table in September.",
            {("SY", D)},
        ),
        (
            "The Abraham Accords. Washington has taken military options against Iran off the table.",
            set(),
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Suriye'de Şara yönetimi katılımı şimdilik gündemden çıkarmıştı.",
            {("SY", D)},
        ),
        ("İbrahim Anlaşmaları. Gazze savaşı nedeniyle normalleşme gündemden düştü.", set()),
    ],
    "ru": [
        ("Соглашения Авраама. Сирия сняла вопрос о нормализации с повестки дня.", {("SY", D)}),
    ],
    "de": [
        (
            "Abraham-Abkommen. Syrien hat die Normalisierung von der Tagesordnung genommen.",
            {("SY", D)},
        ),
    ],
    "id": [
        ("Abraham Accords. Suriah mencoret normalisasi dari agendanya.", {("SY", D)}),
    ],
    "ms": [
        ("Perjanjian Abraham. Syria mengeluarkan normalisasi daripada agendanya.", {("SY", D)}),
    ],
    "fr": [
        ("Accords d'Abraham. La Syrie a retiré la normalisation de son agenda.", {("SY", D)}),
    ],
    "es": [
        ("Acuerdos de Abraham. Siria sacó la normalización de su agenda.", {("SY", D)}),
    ],
    "fa": [
        ("پیمان ابراهیم. سوریه عادی‌سازی با اسرائیل را از دستور کار خارج کرد.", {("SY", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_off_the_agenda_is_a_refusal(language, text, expected):
    assert found(text, language) == expected
