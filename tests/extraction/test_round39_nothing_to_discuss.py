"""Round thirty-nine, a refusal told as "nothing to discuss" while a condition lasts ("there is
nothing to discuss while the war in Gaza continues", "nothing to talk about until there is a
Palestinian state", "es gebe nichts zu besprechen, solange", "no hay nada que discutir
mientras", "обсуждать нечего, пока", "لا شيء للنقاش ما دامت", "tidak ada yang perlu dibahas
selama", "tiada apa yang perlu dibincangkan selagi", "sürdüğü sürece konuşacak bir şey
olmadığını", "تا زمانی که ... چیزی برای گفتگو وجود ندارد", "жүріп жатқанда талқылайтын ештеңе
жоқ"; French and Hebrew already read it through their preconditions): the country declines
(`cues`, declined).  Near misses: "nothing new to report" with no condition is no refusal, and
the candidacy told after it stays.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Mauritanian officials have said publicly that there is nothing to discuss while the war in Gaza continues.",
            {("MR", D)},
        ),
        (
            "The Abraham Accords. Nouakchott says there is nothing to talk about until there is a Palestinian state.",
            {("MR", D)},
        ),
        (
            "The Abraham Accords. Mauritania says there is nothing new to report, but it could join the accords next year.",
            {("MR", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. La Mauritanie estime qu'il n'y a rien à discuter tant que la guerre à Gaza se poursuit.",
            {("MR", D)},
        ),
        (
            "Les accords d'Abraham. La Mauritanie n'a rien à ajouter, mais elle pourrait rejoindre les accords l'an prochain.",
            {("MR", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Mauretanien sagt, es gebe nichts zu besprechen, solange der Krieg in Gaza andauere.",
            {("MR", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Mauritania afirma que no hay nada que discutir mientras continúe la guerra en Gaza.",
            {("MR", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Мавритания заявила, что обсуждать нечего, пока продолжается война в Газе.",
            {("MR", D)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. قالت موريتانيا إنه لا شيء للنقاش ما دامت الحرب في غزة مستمرة.",
            {("MR", D)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. במאוריטניה אמרו כי אין על מה לדבר כל עוד המלחמה בעזה נמשכת.",
            {("MR", D)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Mauritania menyatakan tidak ada yang perlu dibahas selama perang di Gaza berlanjut.",
            {("MR", D)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Mauritania menyatakan tiada apa yang perlu dibincangkan selagi perang di Gaza berterusan.",
            {("MR", D)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Moritanya, Gazze'deki savaş sürdüğü sürece konuşacak bir şey olmadığını açıkladı.",
            {("MR", D)},
        ),
    ],
    "fa": [
        (
            "توافق‌های ابراهیم. موریتانی اعلام کرد تا زمانی که جنگ غزه ادامه دارد چیزی برای گفتگو وجود ندارد.",
            {("MR", D)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Мавритания Газадағы соғыс жүріп жатқанда талқылайтын ештеңе жоқ екенін мәлімдеді.",
            {("MR", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_nothing_to_discuss(language, text, expected):
    check_case(language, text, expected)
