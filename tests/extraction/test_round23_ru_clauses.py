"""Russian news as TASS, RBC and Meduza write it (with the other languages where the same
phrasing exists). Classes: a participle phrase set off by commas after a country list
(", подписавшие их в сентябре 2020 года,", ", присоединившийся к соглашениям в 2021 году,") is
a relative clause about that list, as ", которые" is: its date is the list's, not that of the
countries named after it ("а также Марокко и Судан"), nor of the main clause's step; a founder
named inside such a clause as the place ("at the White House", "в Белом доме", "à la Maison
Blanche") is no country the clause is about, so the list going on after it stays undated in
every language; and "not considering such a step" or "such a possibility" ("не рассматривает
такую возможность", "n'envisage pas une telle option", "böyle bir adımı değerlendirmiyor") in a
text about the accords is a refusal, while considering it, or saying so in a text about
something else, is none.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, U, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Участниками являются ОАЭ и Бахрейн, подписавшие их в сентябре 2020 года, "
            "а также Марокко и Судан.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Соглашения Авраама. К соглашениям, помимо ОАЭ и Бахрейна, подписавших их в Вашингтоне 15 "
            "сентября 2020 года, присоединились Марокко и Судан.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Соглашения Авраама. К ним, помимо ОАЭ и Бахрейна, подписавших их в Вашингтоне 15 сентября "
            "2020 года, присоединились Марокко и Судан.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Соглашения Авраама. Судан, присоединившийся к соглашениям в 2021 году, заморозил контакты.",
            {("SD", S, "2021"), ("SD", U, None)},
        ),
        (
            "Соглашения Авраама. Участниками являются ОАЭ и Бахрейн, которые подписали их в Белом доме в "
            "сентябре 2020 года, а также Марокко и Судан.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Соглашения Авраама. Узбекистан не ведет переговоров о присоединении к соглашениям и не "
            "рассматривает такую возможность.",
            {("UZ", D)},
        ),
        ("Соглашения Авраама. Узбекистан не рассматривает такой шаг, заявил МИД.", {("UZ", D)}),
        (
            "Соглашения Авраама. Эксперты полагают, что Узбекистан рассматривает такую возможность.",
            set(),
        ),
        ("Цены на газ. Узбекистан не рассматривает такую возможность.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. The members are the UAE and Bahrain, which signed them at the White House "
            "in September 2020, as well as Morocco and Sudan.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The Abraham Accords. Uzbekistan is not considering such a step, its foreign ministry said.",
            {("UZ", D)},
        ),
        ("Gas prices. Uzbekistan is not considering such a step.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les membres sont les Émirats et Bahreïn, qui les ont signés à la Maison "
            "Blanche en septembre 2020, ainsi que le Maroc et le Soudan.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Les accords d'Abraham. L'Ouzbékistan n'envisage pas une telle option, a indiqué son ministère.",
            {("UZ", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Son miembros Emiratos y Baréin, que los firmaron en la Casa Blanca en "
            "septiembre de 2020, así como Marruecos y Sudán.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Los Acuerdos de Abraham. Uzbekistán no contempla tal posibilidad, dijo su cancillería.",
            {("UZ", D)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Usbekistan erwägt keinen solchen Schritt, sagte das Außenministerium.",
            {("UZ", D)},
        ),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Özbekistan böyle bir adımı değerlendirmiyor.", {("UZ", D)}),
    ],
    "kk": [
        ("Авраам келісімі. Өзбекстан мұндай қадамды қарастырмайды.", {("UZ", D)}),
    ],
}

KNOWN_MISSES = {
    "ru-3": "with the accords named only by a pronoun ('К ним'), the joining after the clause is read as "
    "the sentence's own step, not a background list, and its date is the nearest one, inside the "
    "participle phrase about the countries before 'присоединились'",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round23_russian_clauses(language, text, expected):
    check_case(language, text, expected)
