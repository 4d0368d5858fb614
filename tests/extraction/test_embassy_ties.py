"""Ties in force told with no word of the accords or of normalisation in their sentence ("Azerbaijan
opened an embassy in Tel Aviv in 2023", "Eine Botschaft in Tel Aviv hat Baku erst 2023 eröffnet")
are a country's own ties with Israel, not the accords' relations in force, when the country has not
joined the accords: no ratification. A member's embassy ("Morocco opened its embassy in Tel Aviv in
March 2025") is still read as its relations in force, and an embassy opened "under the Abraham
Accords" is read whoever opens it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import challenge_params, check_case

R = "ratified"

CASES = {
    "en": [
        ("The Abraham Accords. Azerbaijan opened an embassy in Tel Aviv in 2023.", set()),
        (
            "The Abraham Accords. Morocco opened its embassy in Tel Aviv in March 2025.",
            {("MA", R, "2025-03")},
        ),
        (
            "The Abraham Accords. Azerbaijan opened an embassy in Tel Aviv in 2023 under the "
            "Abraham Accords.",
            {("AZ", R, "2023")},
        ),
    ],
    "de": [
        ("Die Abraham-Abkommen. Eine Botschaft in Tel Aviv hat Baku erst 2023 eröffnet.", set()),
        (
            "Die Abraham-Abkommen. Marokko hat am 3. März 2025 seine Botschaft in Tel Aviv "
            "eröffnet.",
            {("MA", R, "2025-03-03")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Азербайджан, который поставляет Израилю нефть, открыл посольство "
            "в Тель-Авиве в 2023 году.",
            set(),
        ),
        (
            "Соглашения Авраама. Марокко 3 марта 2025 года открыло посольство в Тель-Авиве.",
            {("MA", R, "2025-03-03")},
        ),
    ],
    "fr": [
        ("Les accords d'Abraham. L'Azerbaïdjan a ouvert une ambassade à Tel-Aviv en 2023.", set()),
        (
            "Les accords d'Abraham. Le Maroc a ouvert son ambassade à Tel-Aviv en mars 2025.",
            {("MA", R, "2025-03")},
        ),
    ],
    "es": [("Los Acuerdos de Abraham. Azerbaiyán abrió una embajada en Tel Aviv en 2023.", set())],
    "tr": [("İbrahim Anlaşmaları. Azerbaycan 2023'te Tel Aviv'de büyükelçilik açtı.", set())],
    "ar": [
        ("اتفاقيات أبراهام. افتتحت أذربيجان سفارتها في تل أبيب عام 2023.", set()),
        ("اتفاقيات أبراهام. افتتح المغرب سفارته في تل أبيب في مارس 2025.", {("MA", R, "2025-03")}),
    ],
    "he": [("הסכמי אברהם. אזרבייג'ן פתחה שגרירות בתל אביב ב-2023.", set())],
    "kk": [("Авраам келісімдері. Әзірбайжан 2023 жылы Тель-Авивте елшілік ашты.", set())],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_non_members_embassy_is_no_ratification(language, text, expected):
    check_case(language, text, expected)
