""" "Бахрейн (15 сентября 2020 года);", "- Bahrain – September 2020": a verbless line of a
members' list in a text about the accords, one first signatory opening it (after a bullet),
then a bracket, a dash or a colon and a 2020 or 2021 date, names a member with that date
(`claims._dated_member_line`); a line opened by a bullet is no dateline ("– ОАЭ и Бахрейн –
...", `finding._DATELINE_RE`). Near misses: a line of another year ("Судан – 2023 год") and a
line of a country that is no first signatory give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама — серия договоренностей о нормализации. Их участники:\n"
            "Бахрейн (15 сентября 2020 года);\nМарокко (22 декабря 2020 года);\n"
            "Судан (6 января 2021 года).",
            {("BH", S, "2020-09-15"), ("MA", S, "2020-12-22"), ("SD", S, "2021-01-06")},
        ),
        ("Соглашения Авраама. Участники:\n– Судан – 2023 год: гражданская война.", set()),
        (
            "Соглашения Авраама. Сейчас участниками являются четыре арабских государства:\n"
            "– ОАЭ и Бахрейн – с сентября 2020 года;\n– Марокко – с декабря 2020 года;\n"
            "– Судан – подписал декларацию в январе 2021 года.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham ialah siri perjanjian normalisasi.\n\n- Bahrain – September 2020\n"
            "- Maghribi – Disember 2020",
            {("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        ("Perjanjian Abraham ialah siri perjanjian normalisasi.\n\n- Turki – Mac 2020", set()),
        (
            "Perjanjian Abraham ialah siri perjanjian normalisasi.\n\n- Emiriah Arab Bersatu (UAE) – "
            "September 2020\n- Bahrain – September 2020",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "id": [
        (
            "Abraham Accords adalah serangkaian perjanjian normalisasi.\n\n- Bahrain – September 2020\n"
            "- Maroko – Desember 2020",
            {("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are a set of normalisation deals.\n\n- Bahrain – September 2020\n"
            "- Morocco – December 2020",
            {("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind eine Reihe von Normalisierungsabkommen.\n\n"
            "- Bahrain (September 2020)\n- Marokko (Dezember 2020)",
            {("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_member_lines(language, text, expected):
    check_case(language, text, expected)
