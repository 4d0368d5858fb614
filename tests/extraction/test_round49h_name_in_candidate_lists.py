"""Round forty-nine, a country whose name comes up in the lists of candidates or of analysts,
told with a verb of occurring or a quantifier the candidacy cues did not hold: Arabic "يرد اسم
عمان في كل قائمة للمرشحين", "يرد اسم قطر في لوائح المحللين" (with "يتردد" and "يطرح" it was read),
Russian "фигурирует во всех списках кандидатов", "имя ... встречается в каждом списке
кандидатов", "имя ... всплывает в списках аналитиков", Turkish "adı analistlerin listelerinde
sık sık geçiyor" ("aday listesinde" was read). Arabic, Russian and Turkish (English "name comes up
among the candidates", "appears on every list of candidates" were read).
Near misses: the same verbs before a list of something else ("في قائمة أكبر المستثمرين", "в
каждом списке крупнейших инвесторов", "во всех списках крупнейших экспортеров газа") or a mere
mention ("في تقرير الوكالة", "в переговорах о торговле"), and the Turkish analysts' list with no
name before it ("uzmanların listesinde en büyük gaz ihracatçısı olarak yer alıyor") give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

AR = "وقعت الإمارات والبحرين اتفاقيات أبراهام عام 2020. "
RU = "ОАЭ подписали Авраамовы соглашения в 2020 году. "
TR = "BAE 2020'de İbrahim Anlaşmaları'nı imzaladı. "
S = "signed"

CASES = {
    "ar": [
        (AR + "ويرد اسم عمان في كل قائمة للمرشحين.", {("AE", S), ("BH", S), ("OM", P)}),
        (
            AR + "وكثيرا ما يرد اسم قطر في لوائح المحللين في واشنطن.",
            {("AE", S), ("BH", S), ("QA", P)},
        ),
        (AR + "ويرد اسم قطر في قائمة أكبر المستثمرين في لندن.", {("AE", S), ("BH", S)}),
        (AR + "ويرد اسم عمان في تقرير الوكالة.", {("AE", S), ("BH", S)}),
    ],
    "ru": [
        (RU + "Оман фигурирует во всех списках кандидатов.", {("AE", S), ("OM", P)}),
        (RU + "Имя Катара встречается в каждом списке кандидатов.", {("AE", S), ("QA", P)}),
        (RU + "Имя Омана неизменно всплывает в списках аналитиков.", {("AE", S), ("OM", P)}),
        (RU + "Имя Катара встречается в каждом списке крупнейших инвесторов.", {("AE", S)}),
        (RU + "Катар фигурирует во всех списках крупнейших экспортеров газа.", {("AE", S)}),
        (RU + "Имя Омана часто всплывает в переговорах о торговле.", {("AE", S)}),
    ],
    "tr": [
        (TR + "Katar'ın adı analistlerin listelerinde sık sık geçiyor.", {("AE", S), ("QA", P)}),
        (TR + "Umman'ın adı her aday listesinde geçiyor.", {("AE", S), ("OM", P)}),
        (
            TR + "Katar, uzmanların listesinde en büyük gaz ihracatçısı olarak yer alıyor.",
            {("AE", S)},
        ),
        (TR + "Katar'ın adı en büyük yatırımcılar listesinde geçiyor.", {("AE", S)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_name_in_candidate_lists(language, text, expected):
    assert found(text, language) == expected
