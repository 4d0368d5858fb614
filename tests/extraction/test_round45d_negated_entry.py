"""Round forty-five, a refusal told as not entering the accords, in Kazakh ("Сауд Арабиясы ...
келісімге кірмейтінін айтты", "Эр-Рияд келісімдерге кірмейді": the negated forms of "кіру",
to enter, beside the accords' word; the affirmative "кіретінін" was an announcement already).
The other languages that say it the same way ("will not enter the accords", "не войдет в
соглашения", "anlaşmalara girmeyeceğini", "لن تدخل الاتفاقيات") read it already and are pinned
here. Near misses: a trade agreement not entered gives nothing, and the affirmative stays an
announcement. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

SA = {("SA", D)}

CASES = {
    "kk": [
        (
            "Авраам келісімдері кеңейіп келеді. Сарапшының айтуынша, Сауд Арабиясы Палестина "
            "мемлекеті құрылмайынша келісімге кірмейтінін ашық айтып отыр.",
            SA,
        ),
        (
            "Авраам келісімдері кеңейіп келеді. Эр-Рияд әзірге келісімдерге кірмейді.",
            SA,
        ),
        (
            "Авраам келісімдері кеңейіп келеді. Ресей сауда келісіміне кірмейді.",
            set(),
        ),
        (
            "Авраам келісімдері кеңейіп келеді. Әзербайжан келісімдерге кіретінін жариялады.",
            {("AZ", A)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords keep growing. Saudi Arabia will not enter the accords until a "
            "Palestinian state is created.",
            SA,
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама расширяются. Саудовская Аравия не войдет в соглашения, пока не "
            "будет создано палестинское государство.",
            SA,
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları genişliyor. Suudi Arabistan anlaşmalara girmeyeceğini açıkça "
            "söylüyor.",
            SA,
        ),
    ],
    "ar": [
        (
            "الاتفاقيات الإبراهيمية تتوسع. السعودية لن تدخل الاتفاقيات قبل قيام دولة فلسطينية.",
            SA,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_negated_entry(language, text, expected):
    assert found(text, language) == expected
