"""Round forty, a fact box's line with a spaced dash after the country instead of a colon
("UAE - announced August 13, 2020; signed September 15, 2020", "Émirats arabes unis — annoncé
le 13 août 2020 ; signé le 15 septembre 2020"): a ledger line, each dated part its own step
(`finding._ledger_head`); and a line opened by a country in capitals and a dash with a lower
case word after it ("UAE - signed ...") is such a line, not a dateline. Near misses: a
dateline in capitals with a capital after its dash ("ABU DHABI - The ministry ...") stays a
place that takes no step, and a line with one step and no semicolon reads as before. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords at a glance.\n\nUAE - announced August 13, 2020; signed September 15, 2020\n\n"
            "Bahrain - signed September 15, 2020",
            {("AE", A, "2020-08-13"), ("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "The Abraham Accords at a glance.\n\nUAE – signed September 15, 2020",
            {("AE", S, "2020-09-15")},
        ),
        (
            "The Abraham Accords at a glance.\n\nBahrain — deal announced September 11, 2020; accords "
            "signed September 15, 2020",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
        (
            "ABU DHABI - The ministry said on Monday that Kazakhstan had joined the Abraham Accords.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham en bref.\n\nÉmirats arabes unis — annoncé le 13 août 2020 ; signé le "
            "15 septembre 2020",
            {("AE", A, "2020-08-13"), ("AE", S, "2020-09-15")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham en breve.\n\nBaréin - anunciado el 11 de septiembre de 2020; firmado "
            "el 15 de septiembre de 2020",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen im Überblick.\n\nBahrain – angekündigt am 11. September 2020; "
            "unterzeichnet am 15. September 2020",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама: справка.\n\nБахрейн — объявлено 11 сентября 2020 года; подписано 15 "
            "сентября 2020 года",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
    ],
    "id": [
        (
            "Sekilas Abraham Accords.\n\nBahrain - diumumkan 11 September 2020; ditandatangani 15 "
            "September 2020",
            {("BH", A, "2020-09-11"), ("BH", S, "2020-09-15")},
        ),
    ],
}

KNOWN_MISSES = {
    "en-2": "a line with one step, no semicolon and an en dash: the dash is no clause break any more, but the date after the step is still not bound to the country before it (with a hyphen it is)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fact_box_dash(language, text, expected):
    check_case(language, text, expected)
