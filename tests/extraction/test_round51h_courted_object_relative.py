"""Round fifty-one, a candidacy told in an object relative about the country, the United States
its subject ("Arabia Saudí, a la que Washington lleva años intentando atraer al pacto", "Riad, a
la que la Administración norteamericana presiona desde hace años", "Исламабад, на который
Вашингтон также делал ставку", "Эр-Рияд, на который в Вашингтоне возлагали главные надежды"):
the antecedent right before the relative's comma is the country courted or pressed, a candidacy
(rule 3), as French "que Washington courtise" was read, beside any step of the main verb. Near
misses: a relative whose antecedent is no country ("un proyecto, al que Washington corteja", "в
проект, на который Вашингтон делал ставку") gives the country further back nothing; a relative
whose subject is not the United States ("al que Riad observa", "на который Эр-Рияд давит") gives
nothing; the clause's hedge does not reach a main verb after its closing comma. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

ES = "Los Acuerdos de Abraham se firmaron en 2020. "
RU = "Авраамовы соглашения подписаны в 2020 году. "
FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "es": [
        (
            ES + "Arabia Saudí, a la que Washington lleva años intentando atraer al pacto, calla.",
            {("SA", P)},
        ),
        (ES + "Riad, a la que la Casa Blanca presiona desde hace meses, no se mueve.", {("SA", P)}),
        (
            ES + "Omán, al que emisarios estadounidenses tantearon en otoño, guarda silencio.",
            {("OM", P)},
        ),
        (
            ES + "Indonesia, a la que Washington cortejó durante meses, descartó unirse a los "
            "acuerdos.",
            {("ID", P), ("ID", D)},
        ),
        (ES + "Marruecos financió un puerto, al que Washington corteja también.", set()),
        (ES + "Argelia, a la que Riad observa con atención, calla.", set()),
    ],
    "ru": [
        (RU + "Исламабад, на который Вашингтон также делал ставку, молчит.", {("PK", P)}),
        (RU + "Эр-Рияд, на который в Вашингтоне возлагали главные надежды, молчит.", {("SA", P)}),
        (
            RU + "Саудовскую Аравию, на которую Вашингтон давно давит, уговорить пока не удалось.",
            {("SA", P)},
        ),
        (
            RU + "Исламабад, на который Вашингтон делал ставку, официально отверг нормализацию "
            "с Израилем.",
            {("PK", P), ("PK", D)},
        ),
        (RU + "Казахстан вложился в проект, на который Вашингтон делал ставку.", set()),
        (RU + "Оман, на который Эр-Рияд давит из-за Йемена, молчит.", set()),
    ],
    "fr": [
        (FR + "Reste l'Arabie saoudite, que Washington courtise depuis des années.", {("SA", P)}),
        (FR + "Reste le Maroc, que Riyad observe avec attention.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_courted_object_relative(language, text, expected):
    assert found(text, language) == expected
