"""Round forty, from the golden set's known misses: a country's stance about nameless others
("Morocco does not rule out that other African countries will follow", "Il n'exclut pas que
d'autres pays africains suivent", "no descarta que otros países africanos sigan su ejemplo",
"schließt nicht aus, dass weitere Länder folgen", "не исключает, что другие страны последуют
его примеру", "tidak menutup kemungkinan bahwa negara-negara lain akan menyusul"): the stance
and the group's own step after it are about the group (`generic_subjects`), not a candidacy of
the country that holds the stance, here a member (`steps._others_may_follow`: a complementizer
right after the stance, the group at most three words after it with no modal nor cue between,
no country named after the stance; `complementizers` now also en "that", ru "что", id "bahwa",
ms "bahawa"). Near misses: a country that may follow others ("Oman may follow other Gulf
states") and a relative "that" before a modal ("a prize that could bring other nations along")
keep their country's step; a country named after the group ("..., like Mauritania") is still
read. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. Morocco does not rule out that other African countries will follow.",
            set(),
        ),
        (
            "Abraham Accords. The Moroccan diplomat praised Rabat's record. He does not rule out that other countries will follow.",
            set(),
        ),
        ("Abraham Accords. Oman may follow other Gulf states into the accords.", {("OM", P)}),
        (
            "Abraham Accords. Washington sees Jakarta as a prize that could bring other Muslim-majority nations along.",
            {("ID", P)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Le diplomate marocain salue le bilan de Rabat. Il n'exclut pas que d'autres pays africains suivent.",
            set(),
        ),
        (
            "Accords d'Abraham. Le Maroc n'exclut pas que d'autres pays africains suivent.",
            set(),
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Marruecos no descarta que otros países africanos sigan su ejemplo.",
            set(),
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Marokko schließt nicht aus, dass weitere afrikanische Länder folgen.",
            set(),
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Марокко не исключает, что другие страны последуют его примеру.",
            set(),
        ),
    ],
    "id": [
        (
            "Abraham Accords. Maroko tidak menutup kemungkinan bahwa negara-negara lain akan menyusul.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Maghribi tidak menolak kemungkinan bahawa negara lain akan menyusul.",
            set(),
        ),
    ],
    "he": [
        ("הסכמי אברהם. מרוקו אינה שוללת שמדינות נוספות יצטרפו להסכמים.", set()),
    ],
    "ar": [
        ("اتفاقيات أبراهام. لا يستبعد المغرب أن تنضم دول أخرى إلى الاتفاقيات.", set()),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Fas, diğer ülkelerin de anlaşmalara katılabileceğini göz ardı etmiyor.",
            set(),
        ),
    ],
    "fa": [
        ("پیمان ابراهیم. مراکش احتمال پیوستن کشورهای دیگر به این پیمان را رد نمی‌کند.", set()),
    ],
    "kk": [
        (
            "Авраам келісімдері. Марокко басқа елдердің де келісімдерге қосылуы мүмкін екенін жоққа шығармайды.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {
    "ar-1": "the verb-first clause names the stance's subject after the stance ('لا يستبعد المغرب "
    "أن ...'), and Arabic has no complementizers listed: the group's joining stays Morocco's",
    "tr-1": "verb-final: the group's joining stands before the stance as a nominalised clause "
    "('diğer ülkelerin de ... katılabileceğini göz ardı etmiyor'), with no complementizer",
    "fa-1": "the group is the genitive of the joining noun ('احتمال پیوستن کشورهای دیگر') "
    "before the stance's verb; no complementizer opens it",
    "kk-1": "verb-final: the group's joining ('басқа елдердің де ... қосылуы мүмкін екенін') "
    "stands before the stance, with no complementizer",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_others_may_follow(language, text, expected):
    check_case(language, text, expected)
