"""Talks with a country told as going on ("Эр-Риядпен келіссөздер жалғасып жатыр", "rundingan
dengan Riyadh masih berterusan", "переговоры с Эр-Риядом продолжаются", "المحادثات مع الرياض
مستمرة", "les discussions avec Riyad se poursuivent", "las conversaciones con Riad continúan",
"gehen die Gespräche mit Riad weiter") or as also touching on normalisation ("turut menyentuh
soal normalisasi", "also touched on normalisation"): the country is negotiating. Near misses:
trade talks that go on, and talks that touch on tariffs or oil prices, give no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Авраам келісімдері. Министрдің айтуынша, Эр-Риядпен келіссөздер жалғасып жатыр.",
            {("SA", N)},
        ),
        (
            "Авраам келісімдері. Сауд Арабиясымен келіссөздер әлі де жалғасуда, деді ол.",
            {("SA", N)},
        ),
        ("Авраам келісімдері. Қытаймен сауда келіссөздері жалғасып жатыр.", set()),
    ],
    "ms": [
        (
            "Abraham Accords. Menurut menteri itu, rundingan dengan Riyadh masih berterusan.",
            {("SA", N)},
        ),
        (
            "Abraham Accords. Rundingan Riyadh dengan Washington minggu ini turut menyentuh soal normalisasi.",
            {("SA", N)},
        ),
        ("Abraham Accords. Rundingan dagang dengan Indonesia turut menyentuh soal tarif.", set()),
    ],
    "id": [
        (
            "Abraham Accords. Pembicaraan antara Riyadh dan Washington soal paket pertahanan juga menyinggung "
            "normalisasi.",
            {("SA", N)},
        ),
        ("Abraham Accords. Perundingan dagang dengan Malaysia juga menyinggung soal tarif.", set()),
    ],
    "en": [
        (
            "Abraham Accords. Saudi talks with Washington on a defence package also touched on normalisation.",
            {("SA", N)},
        ),
        ("Abraham Accords. Talks between Riyadh and Washington also touched on oil prices.", set()),
    ],
    "ru": [
        (
            "Соглашения Авраама. По словам министра, переговоры с Эр-Риядом продолжаются.",
            {("SA", N)},
        ),
        ("Соглашения Авраама. Переговоры с Китаем о торговле продолжаются.", set()),
    ],
    "ar": [
        ("اتفاقيات أبراهام. وقال الوزير إن المحادثات مع الرياض لا تزال مستمرة.", {("SA", N)}),
    ],
    "fr": [
        (
            "Accords d'Abraham. Les discussions avec Riyad se poursuivent, a indiqué le ministre.",
            {("SA", N)},
        ),
        ("Accords d'Abraham. Les négociations commerciales avec la Chine se poursuivent.", set()),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Según el ministro, las conversaciones con Riad continúan.",
            {("SA", N)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Dem Minister zufolge gehen die Gespräche mit Riad weiter.",
            {("SA", N)},
        ),
        (
            "Abraham-Abkommen. Die Verhandlungen mit Saudi-Arabien dauern an, sagte der Minister.",
            {("SA", N)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_talks_go_on(language, text, expected):
    check_case(language, text, expected)
