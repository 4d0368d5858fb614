"""Round forty-nine, a stance's topic: the country right after "position on" ("the Government's
position on Somaliland has not changed", "Britain's policy towards Somaliland", "sa position sur
le Somaliland", "su posición sobre Somalilandia", "её позиция по Сомалиленду", "עמדתה בנוגע
לסומלילנד", "מדיניותה כלפי סומלילנד") is what the stance is about, not who holds it, so an
unchanged position there is no refusal of that country's (it read as Somaliland declining).
English, French, Spanish, Russian and Hebrew (the new context key `stance_topics`, a marker as
`targets` and `places` are). Near misses: the holder named before the topic word ("Kuwait's
position on normalisation has not changed", "la position du Koweït sur la normalisation", "la
posición de Kuwait sobre la normalización", "позиция Кувейта по нормализации", "עמדת כווית בנוגע
לנורמליזציה") still declines. Left out: a holder between the position word and the topic word
("la position du gouvernement sur le Somaliland", "עמדת הממשלה בנוגע לסומלילנד"), since a context
word spanning a gap marks only up to its head. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "
RU = "Соглашения Авраама были подписаны в 2020 году. "
HE = "הסכמי אברהם נחתמו ב-2020. "

CASES = {
    "en": [
        (EN + "My Lords, the Government's position on Somaliland has not changed.", set()),
        (EN + "Britain's policy towards Somaliland has not changed.", set()),
        (EN + "Kuwait's position on normalisation has not changed.", {("KW", D)}),
        (EN + "Kuwait's stance on normalisation remains unchanged.", {("KW", D)}),
    ],
    "fr": [
        (FR + "Sa position sur le Somaliland n'a pas changé.", set()),
        (FR + "La position du Koweït sur la normalisation n'a pas changé.", {("KW", D)}),
    ],
    "es": [
        (ES + "Su posición sobre Somalilandia no ha cambiado.", set()),
        (ES + "La posición de Kuwait sobre la normalización no ha cambiado.", {("KW", D)}),
    ],
    "ru": [
        (RU + "Её позиция по Сомалиленду не изменилась.", set()),
        (RU + "Позиция Кувейта по нормализации не изменилась.", {("KW", D)}),
    ],
    "he": [
        (HE + "עמדתה בנוגע לסומלילנד לא השתנתה.", set()),
        (HE + "מדיניותה כלפי סומלילנד לא השתנתה.", set()),
        (HE + "עמדת כווית בנוגע לנורמליזציה לא השתנתה.", {("KW", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_stance_topic(language, text, expected):
    assert found(text, language) == expected
