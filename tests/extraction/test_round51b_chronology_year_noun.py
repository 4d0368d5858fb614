"""Round fifty-one, a chronology line whose date ends in its year's noun ("15 сентября 2020
года. В Белом доме ... подписали", "6 января 2021 г. Хартум подписал", "15 қыркүйек 2020 жыл.
...", "15 Eylül 2020 yılı. ..."): the date heads the sentence after it on the same line, as
"15 septembre 2020. Signature ..." already did; the noun left after the date had made the line
more than a date, so the step stayed undated. One short word after a date that ends in its year
is that year's noun (Russian, Kazakh, Turkish; languages that write no such noun are unchanged).
Near miss: the same date alone on its line (a dateline) dates nothing. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Справка.\n15 сентября 2020 года. В Белом доме ОАЭ и Бахрейн подписали Авраамовы "
            "соглашения.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "Хронология.\n6 января 2021 г. Судан подписал декларацию о присоединении к "
            "Авраамовым соглашениям.",
            {("SD", S, "2021-01-06")},
        ),
        (
            "Хронология.\n6 ноября 2025 года. Казахстан объявил о присоединении к Авраамовым "
            "соглашениям.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Хронология.\n6 ноября 2025 года.\nКазахстан объявил о присоединении к Авраамовым "
            "соглашениям.",
            {("KZ", A, None)},
        ),
    ],
    "kk": [
        (
            "Хронология.\n6 қараша 2025 жыл. Қазақстан Авраам келісімдеріне қосылатынын мәлімдеді.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "tr": [
        (
            "Kronoloji.\n15 Eylül 2020 yılı. Birleşik Arap Emirlikleri ve Bahreyn, Beyaz "
            "Saray'da İbrahim Anlaşmaları'nı imzaladı.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_chronology_year_noun(language, text, expected):
    check_case(language, text, expected)
