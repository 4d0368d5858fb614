""" "Perjanjian yang dimeterai pada 2020 itu kini disertai UAE, ...", "The pact signed in 2020
now includes ...": a word for the accords opening the sentence after a text about them, with a
signing participle describing it, holds the accords' own date, and the members listed after it
take none, as after the accords' name (`claims._accords_date_before`; Malay "perjanjian yang ...
itu" is a word for them, `topic`). Kazakh "..., кейін Марокко мен Судан" ("then Morocco and
Sudan") after a comma is a later step, as "кейінірек" was (`afterwards`): the pair before it
keeps the year, the pair after it takes none. Near misses: a signing "by" the pair keeps its date
for the pair, and "қол қойғаннан кейін" (after signing) is no "then".
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Malaysia tidak akan menyertai Perjanjian Abraham. Perjanjian yang dimeterai pada 2020 "
            "itu kini disertai UAE, Bahrain, Maghribi dan Sudan.",
            {("MY", D), ("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "en": [
        (
            "Malaysia will not join the Abraham Accords. The pact signed in 2020 now includes the "
            "UAE, Bahrain, Morocco and Sudan.",
            {("MY", D), ("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Malaysia will not join the Abraham Accords. The pact was signed in 2020 by the UAE "
            "and Bahrain.",
            {("MY", D), ("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдеріне 2020 жылы Біріккен Араб Әмірліктері мен Бахрейн, кейін Марокко "
            "мен Судан қол қойған.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Авраам келісімдеріне 2020 жылы Біріккен Араб Әмірліктері мен Бахрейн, содан кейін "
            "Марокко қол қойған.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None)},
        ),
        (
            "Біріккен Араб Әмірліктері мен Бахрейн 2020 жылы Авраам келісімдеріне қол қойғаннан "
            "кейін Марокко да қосылды.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round32_accords_own_dates(language, text, expected):
    check_case(language, text, expected)
