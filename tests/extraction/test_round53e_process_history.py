"""A halt of talks whose relative clause, between the talks and the halt word, tells how far the
talks had come and when: "Talks on a US-Saudi-Israeli deal, which were advanced in 2023, were
halted by the war", "Les pourparlers ..., qui avaient beaucoup progressé à l'été 2023, ont été
gelés", "Las conversaciones ..., que habían avanzado mucho en el verano de 2023, quedaron
congeladas", "Die Normalisierungsgespräche ..., die im Sommer 2023 weit gediehen waren, wurden
... eingefroren", "Переговоры ..., которые летом 2023 года продвинулись далеко, были
заморожены", "المحادثات ...، التي تقدمت كثيراً في صيف 2023، جُمّدت", "המגעים לנורמליזציה ...,
שהתקדמו מהר בקיץ 2023, הוקפאו", "مذاکرات ...، که در تابستان ۲۰۲۳ پیشرفت زیادی کرده بود، ... متوقف
شد", "Perundingan ..., yang sempat maju pesat pada musim panas 2023, dibekukan", "Rundingan ...,
yang maju pesat pada musim panas 2023, dibekukan". The date is the talks' past, not the halt's:
the halt stays undated (labelling rule 8 dates a status only where the text ties it to a time).
Turkish and Kazakh put the relative clause before the noun ("2023 yazında hızla ilerleyen
görüşmeler"), another form. Controls: a relative clause telling the halt itself ("which was
frozen in April 2023") and a date after the halt word keep their date."""

import pytest

from tests.extraction.found import U, found_dated

HISTORIES = [
    (
        "en",
        "Talks on a US-Saudi-Israeli deal, which were advanced in 2023, were halted by the Gaza "
        "war.",
    ),
    (
        "en",
        "Saudi Arabia's normalisation talks with Israel, which had made real progress in 2023, "
        "were frozen after the Hamas attack.",
    ),
    (
        "fr",
        "Les pourparlers de normalisation avec l'Arabie saoudite, qui avaient beaucoup progressé "
        "à l'été 2023, ont été gelés par la guerre.",
    ),
    (
        "es",
        "Las conversaciones de normalización con Arabia Saudí, que habían avanzado mucho en el "
        "verano de 2023, quedaron congeladas por la guerra.",
    ),
    (
        "de",
        "Die Normalisierungsgespräche mit Saudi-Arabien, die im Sommer 2023 weit gediehen waren, "
        "wurden durch den Krieg eingefroren.",
    ),
    (
        "ru",
        "Переговоры о нормализации с Саудовской Аравией, которые летом 2023 года продвинулись "
        "далеко, были заморожены из-за войны.",
    ),
    (
        "ar",
        "المحادثات بشأن التطبيع مع السعودية، التي تقدمت كثيراً في صيف 2023، جُمّدت بسبب الحرب "
        "على غزة.",
    ),
    ("he", "המגעים לנורמליזציה עם סעודיה, שהתקדמו מהר בקיץ 2023, הוקפאו עם פרוץ המלחמה."),
    (
        "fa",
        "مذاکرات عادی‌سازی روابط با عربستان سعودی، که در تابستان ۲۰۲۳ پیشرفت زیادی کرده بود، با "
        "جنگ غزه متوقف شد.",
    ),
    (
        "id",
        "Perundingan normalisasi dengan Arab Saudi, yang sempat maju pesat pada musim panas 2023, "
        "dibekukan akibat perang Gaza.",
    ),
    (
        "ms",
        "Rundingan normalisasi dengan Arab Saudi, yang maju pesat pada musim panas 2023, "
        "dibekukan akibat perang Gaza.",
    ),
]


@pytest.mark.parametrize("language,text", HISTORIES)
def test_the_talks_past_in_a_relative_clause_does_not_date_the_halt(language, text):
    assert found_dated(text, language, {"SA"}) == {("SA", U, None)}


DATED_HALTS = [
    # the relative clause tells the halt itself
    (
        "en",
        "Sudan's normalisation with Israel, which was frozen in April 2023, has not resumed.",
        "SD",
        "2023-04",
    ),
    # the date follows the halt word
    (
        "en",
        "Saudi Arabia's normalisation talks with Israel were frozen in October 2023, after the "
        "Hamas attack.",
        "SA",
        "2023-10",
    ),
    (
        "he",
        "המגעים לנורמליזציה עם סעודיה הוקפאו באוקטובר 2023 עם פרוץ המלחמה.",
        "SA",
        "2023-10",
    ),
]


@pytest.mark.parametrize("language,text,country,date", DATED_HALTS)
def test_a_halt_told_with_its_own_date_keeps_it(language, text, country, date):
    assert (country, U, date) in found_dated(text, language, {country})
