"""Round forty-nine, ties with a founder halted in a country named in the locative, the
sentence's one country ("Sudan'da İsrail ile ilişkiler donduruldu", "Sudan'da ise iç savaş
nedeniyle İsrail ile ilişkilerin fiilen dondurulduğu bildiriliyor"): the halt in that country
is its own, as a halt of a joining process there was ("Sudan'da normalleşme durdu") and as
Arabic "وفي السودان، جمدت العلاقات مع إسرائيل", Russian "В Судане отношения с Израилем
заморожены" and Kazakh "Суданда Израильмен байланыстар тоқтатылды" were read. Turkish
(`assignment.halted_there`: a founder with its postposition between the place and the halt
stands for a process of joining); the other three are kept here as they are read.
Near misses: a halt of something else in the country ("Sudan'da liman inşaatı donduruldu",
"Sudan'da İsrail ile ticaret anlaşması donduruldu"), Egypt's ties of its old peace ("Mısır'da")
give nothing; a capital as the place with the party named after it ("Kahire'de Sudan ile
İsrail arasındaki ilişkiler") gives the party the halt. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, found

TR = "BAE 2020'de İbrahim Anlaşmaları'nı imzaladı. "
AR = "وقعت الإمارات اتفاقيات أبراهام عام 2020. "
RU = "ОАЭ подписали Авраамовы соглашения в 2020 году. "
KK = "БАӘ 2020 жылы Авраам келісімдеріне қол қойды. "
S = "signed"

CASES = {
    "tr": [
        (TR + "Sudan'da İsrail ile ilişkiler donduruldu.", {("AE", S), ("SD", U)}),
        (
            TR + "Sudan'da ise iç savaş nedeniyle İsrail ile ilişkilerin fiilen dondurulduğu "
            "bildiriliyor.",
            {("AE", S), ("SD", U)},
        ),
        (TR + "Sudan'da liman inşaatı donduruldu.", {("AE", S)}),
        (TR + "Sudan'da İsrail ile ticaret anlaşması donduruldu.", {("AE", S)}),
        (TR + "Mısır'da İsrail ile ilişkiler donduruldu.", {("AE", S)}),
        (
            TR + "Kahire'de Sudan ile İsrail arasındaki ilişkilerin donduruldu bildirildi.",
            {("AE", S), ("SD", U)},
        ),
    ],
    "ar": [
        (AR + "وفي السودان، جمدت العلاقات مع إسرائيل بسبب الحرب.", {("AE", S), ("SD", U)}),
    ],
    "ru": [
        (RU + "В Судане отношения с Израилем фактически заморожены.", {("AE", S), ("SD", U)}),
    ],
    "kk": [
        (KK + "Суданда Израильмен байланыстар тоқтатылды.", {("AE", S), ("SD", U)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_halt_in_a_place(language, text, expected):
    assert found(text, language) == expected
