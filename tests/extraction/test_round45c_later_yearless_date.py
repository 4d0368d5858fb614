"""Round forty-five, a day or a month with no year right after a "later" phrase ("Twelve days
later, on 22 December, ...", "trois mois plus tard, en décembre", "tres meses después, en
diciembre", "drei Monate später, im Dezember"): counted from the last year the text named
before it, however far back, and not from the publication, where the year named in the lines
just before (`dates._year_near`) is too far. A yearless day with no "later" before it, or a
"later" with no year named anywhere before, keeps the publication's year. Own sentences,
written for these tests (read as published on 20 November 2025)."""

import pytest

from tests.extraction.found import S, challenge_params, found_dated

# a long sentence between the first date and the later one, beyond the few lines a month
# without a year looks back
FILLER = {
    "en": (
        "with speeches, photographs and a long ceremony on the lawn that the whole world "
        "remembers to this day with some nostalgia and a great deal of scepticism about "
        "what it really changed for the region and for its people."
    ),
    "fr": (
        "avec des discours, des photographies et une longue cérémonie sur la pelouse dont le "
        "monde entier se souvient encore aujourd'hui avec un peu de nostalgie et beaucoup de "
        "scepticisme sur ce qu'elle a vraiment changé pour la région."
    ),
    "es": (
        "con discursos, fotografías y una larga ceremonia en los jardines que todo el mundo "
        "recuerda todavía hoy con algo de nostalgia y bastante escepticismo sobre lo que "
        "realmente cambió para la región y para su gente."
    ),
    "de": (
        "mit Reden, Fotos und einer langen Zeremonie auf dem Rasen, an die sich die ganze Welt "
        "bis heute mit etwas Nostalgie und viel Skepsis erinnert, was sie für die Region und "
        "ihre Menschen wirklich verändert hat."
    ),
}

CASES = {
    "en": [
        (
            "The Abraham Accords were signed on 15 September 2020 at the White House, "
            + FILLER["en"]
            + " Three months later, in December, Morocco joined the accords.",
            {("MA", S, "2020-12")},
        ),
        (
            "The Abraham Accords were signed on 15 September 2020 at the White House, "
            + FILLER["en"]
            + " Morocco joined the accords later, and it signed its declaration on 22 December.",
            {("MA", S, "2024-12-22")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont été signés le 15 septembre 2020 à la Maison-Blanche, "
            + FILLER["fr"]
            + " Le Maroc rejoignait les accords trois mois plus tard, en décembre.",
            {("MA", S, "2020-12")},
        ),
        (
            "Les accords d'Abraham ont été signés le 10 décembre 2020 à la Maison-Blanche, "
            + FILLER["fr"]
            + " Douze jours plus tard, le 22 décembre, le Maroc signait la déclaration des "
            "accords d'Abraham.",
            {("MA", S, "2020-12-22")},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham se firmaron el 15 de septiembre de 2020 en la Casa Blanca, "
            + FILLER["es"]
            + " Tres meses después, en diciembre, se sumó Marruecos a los acuerdos.",
            {("MA", S, "2020-12")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen wurden am 15. September 2020 im Weißen Haus unterzeichnet, "
            + FILLER["de"]
            + " Drei Monate später, im Dezember, trat Marokko den Abkommen bei.",
            {("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_later_yearless_date(language, text, expected):
    assert found_dated(text, language, {"MA"}) == expected
