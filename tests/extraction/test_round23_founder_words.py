"""A founder's leader saying that another country will join, told the way Turkish, Kazakh and
Russian news tell it (with English, French and German controls). Classes: in a verb-final
language the speaker opens the clause and the speaking verb closes it ("Trump, Pakistan'ın da
anlaşmalara katılacağını söyledi", "Трамп Сауд Арабиясы келісімге қосылады деп мәлімдеді"), also
with the verb in the pluperfect or as a verbal noun ("söylemişti", "öne sürmesi"): the joining
is the founder's expectation (prospective), not an announcement; a country's own leader saying
it, a founder named before a postposition ("Trump'ın açıklamasının ardından Azerbaycan, ..."),
and Kazakhstan, whose decision the founders announced, keep the announcement. Russian reporting
verbs in the imperfect ("Трамп говорил, что ...", "заявлял, что") tell the same expectation.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "İbrahim Anlaşmaları. ABD Başkanı Donald Trump, geçen hafta Umman'ın da yakında anlaşmalara "
            "katılacağını söyledi.",
            {("OM", P)},
        ),
        (
            "İbrahim Anlaşmaları. Trump, Moritanya'nın anlaşmalara katılacağını söylemişti.",
            {("MR", P)},
        ),
        (
            "İbrahim Anlaşmaları. Netanyahu'nun Libya'nın anlaşmalara katılacağını öne sürmesi tepki çekti.",
            {("LY", P)},
        ),
        (
            "İbrahim Anlaşmaları. Trump, Kazakistan'ın anlaşmalara katılacağını açıkladı.",
            {("KZ", A)},
        ),
        (
            "İbrahim Anlaşmaları. Trump'ın açıklamasının ardından Azerbaycan, anlaşmalara katılacağını açıkladı.",
            {("AZ", A)},
        ),
        (
            "İbrahim Anlaşmaları. Trump ile görüşen Aliyev, Azerbaycan'ın anlaşmalara katılacağını açıkladı.",
            {("AZ", A)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімі. Трамп Оман келісімге қосылады деп мәлімдеді.",
            {("OM", P)},
        ),
        (
            "Авраам келісімі. Әзербайжан Президенті Әлиев Әзербайжан келісімге қосылады деп мәлімдеді.",
            {("AZ", A)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Трамп не раз говорил, что Оман присоединится к соглашениям.",
            {("OM", P)},
        ),
        (
            "Соглашения Авраама. Трамп заявлял, что Мавритания присоединится к соглашениям до конца года.",
            {("MR", P)},
        ),
        (
            "Соглашения Авраама. Алиев заявлял, что Азербайджан присоединится к соглашениям.",
            {("AZ", A)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Trump has said that Oman will join the accords.",
            {("OM", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Trump a affirmé qu'Oman rejoindrait les accords.",
            {("OM", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Trump sagte, Oman werde den Abkommen beitreten.",
            {("OM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round23_founder_words(language, text, expected):
    check_case(language, text, expected)
