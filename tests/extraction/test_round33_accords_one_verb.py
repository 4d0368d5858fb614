""" "Perjanjian Abraham yang dimeterai pada 2020 menyaksikan UAE, Bahrain, Maghribi dan Sudan
menjalin hubungan", "The Abraham Accords, signed in 2020, brought the UAE and Bahrain into
ties": the date after a signing word describing the accords is their own, and the members
named after a verb of the list's own take none of it, now also after a verb of one word when
a relative clause ("yang dimeterai pada 2020") closed at the date (`claims._accords_date_before`).
Near misses: one word of `between_words` ("antara UAE dan Bahrain", "between the UAE and
Bahrain") is no verb, and the pair keeps the year (a year's word, "в сентябре 2020 года ОАЭ", is
none either: test_paraphrases_fr_ru_tr_kk ru-8). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Perjanjian Abraham yang dimeterai pada 2020 menyaksikan UAE, Bahrain, Maghribi dan "
            "Sudan menjalin hubungan dengan Israel.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        # near miss
        (
            "Perjanjian Abraham dimeterai pada 2020 antara UAE dan Bahrain.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham yang ditandatangani pada 2020 menyaksikan UEA dan Bahrain "
            "menjalin hubungan dengan Israel.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords, signed in 2020, brought the UAE and Bahrain into ties with "
            "Israel.",
            {("AE", S, None), ("BH", S, None)},
        ),
        # near miss
        (
            "The Abraham Accords, signed in 2020 between the UAE and Bahrain, were expanded.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_accords_one_verb(language, text, expected):
    check_case(language, text, expected)
