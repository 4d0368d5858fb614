"""Round seventeen, Kazakh news as Kazinform, Egemen Qazaqstan, Khabar 24 and Abai.kz write it
(with Turkish where the same phrasing exists). Classes: a proposal to join with an adverb between
("қосылуды ресми түрде ұсынды") is a candidacy; being on Washington's list ("Вашингтонның
тізімінде ... бар") is a candidacy, another list is not; "the likely next participant"
("келесі қатысушысы") is a candidacy; deals that a country and companies sign for billions are
another agreement; "this step only if" ("бұл қадам ... жағдайда ғана") with no joining verb is a
precondition; "which state" right after a candidacy ("келесі кезекте қай мемлекет", "sıradaki
ülkenin hangisi") asks and names no candidate, so the joining told before it keeps its status; the
one country of a sentence in the locative before a halted process ("Суданда ... үдерісі тоқтап
қалды", "Sudan'da ... normalleşme süreci durdu") is the one halted; a month with a case ending
("қарашада", "қарашасында") or "айының басында" is a date, and "өткен жылдың" (of last year)
before it names the year before.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, U, challenge_params, check_case

T = "Авраам келісімдері. "

CASES = {
    "kk": [
        (
            "Ақ үй 11 қаңтарда Әзербайжанға Авраам келісімдеріне қосылуды ресми түрде ұсынды.",
            {("AZ", P, "2025-01-11")},
        ),
        (T + "Ақ үй Әзербайжанға инвестиция ұсынды.", set()),
        (T + "Вашингтонның тізімінде Мавритания да бар деген ақпарат тарады.", {("MR", P)}),
        (T + "Санкциялар тізімінде Иран бар.", set()),
        (
            "Кейбір батыс басылымдары Өзбекстанды Авраам келісімдерінің ықтимал келесі қатысушысы ретінде атап жүр.",
            {("UZ", P)},
        ),
        (T + "Форумның келесі қатысушысы – жас ғалымдар.", set()),
        (
            "Саммит қорытындысы бойынша Қазақстан мен американдық компаниялар жалпы сомасы 17 миллиард доллардан асатын келісімдерге қол қойды.",
            set(),
        ),
        ("Қазақстан Авраам келісімдеріне қол қойды.", {("KZ", S)}),
        (
            T
            + "Сауд Арабиясы бұл қадам тек Палестина мемлекеті құрылған жағдайда ғана жасалатынын ескертті.",
            {("SA", D)},
        ),
        (
            T
            + "Мұхаммед бин Салман елінің келісімдерге қосылғысы келетінін айтты. Алайда ханзада бұл қадам тек Палестина мемлекетін құруға апаратын нақты жол болған жағдайда ғана жасалатынын ескертті.",
            {("SA", P), ("SA", D)},
        ),
        (T + "Сауд Арабиясы бұл қадамды құптады.", set()),
        (
            "Қазақстан Авраам келісімдеріне қосылатынын жариялағаннан кейін сарапшылар келесі кезекте қай мемлекет тұрғанын болжай бастады.",
            {("KZ", A)},
        ),
        (T + "Сарапшылар келесі кезекте Оман тұр деп санайды.", {("OM", P)}),
        (
            T
            + "Алайда Суданда азамат соғысы салдарынан Израильмен қатынастарды қалыпқа келтіру үдерісі тоқтап қалды.",
            {("SD", U)},
        ),
        (T + "Сауд Арабиясындағы порт құрылысы кейінге қалдырылды.", set()),
        (T + "Суданда азамат соғысы басталды.", set()),
        (
            T + "Мұхаммед бин Салман қарашада елінің келісімдерге қосылғысы келетінін айтқан.",
            {("SA", P, "2025-11")},
        ),
        (
            "Ал Әзербайжанға Ақ үй қаңтар айының басында келісімдерге қосылуды ұсынған еді.",
            {("AZ", P, "2025-01")},
        ),
        (
            "Қазақстан 2025 жылғы 6 қарашада Авраам келісімдеріне қосылатынын жариялады.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            T
            + "Мұхаммед бин Салман өткен жылдың қарашасында елінің келісімдерге қосылғысы келетінін айтқан.",
            {("SA", P, "2024-11")},
        ),
        (
            T + "Қазақстан келісімге қосылатынын өткен жылдың қараша айында жариялаған.",
            {("KZ", A, "2024-11")},
        ),
        # strict xfails
        (
            "Мемлекет басшысы кеше Трамппен телефон арқылы сөйлесті. Сөйлесу барысында Қазақстанның Авраам келісімдеріне қосылатыны туралы уағдаластыққа қол жеткізілді.",
            {("KZ", A, "2025-11-19")},
        ),
    ],
    "tr": [
        (
            "Kazakistan'ın İbrahim Anlaşmaları'na katılacağını açıklamasının ardından uzmanlar sıradaki ülkenin hangisi olacağını tahmin etmeye başladı.",
            {("KZ", A)},
        ),
        (
            "İbrahim Anlaşmaları. Uzmanlar sıradaki ülkenin Azerbaycan olacağını düşünüyor.",
            {("AZ", P)},
        ),
        (
            "İbrahim Anlaşmaları. Ancak Sudan'da iç savaş nedeniyle İsrail ile normalleşme süreci durdu.",
            {("SD", U)},
        ),
        ("İbrahim Anlaşmaları. Sudan'da iç savaş sürüyor.", set()),
    ],
}

KNOWN_MISSES = {
    "kk-22": "the day is in the sentence before ('кеше', yesterday, when the call was held); the "
    "agreement reached 'during the call' names no time of its own",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_kazakh_news(language, text, expected):
    check_case(language, text, expected)
