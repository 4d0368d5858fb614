""" "Бахрейн (екеуі де 2020 жылдың қыркүйегінде), Марокко (2020 жылғы желтоқсан) және Судан
(2021 жылғы қаңтар)", "Марокко (декабрь 2020 года) и Судан": a member's own date in brackets
goes on with the list of members when the year stands first or before a case word, as it did
when the year closed the bracket (`finding._BRACKETED_YEAR_RE`), also where the sentence names
the accords only as "the agreement". Near misses: a bracket of another kind, a list of countries
that are no first signatories, and a bracket with a treaty year of Egypt or Jordan give no member
past the bracket.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Қазақстан Авраам келісімдеріне қосылатынын мәлімдеді. Қазір келісімге төрт араб елі "
            "мүше: Біріккен Араб Әмірліктері, Бахрейн (екеуі де 2020 жылдың қыркүйегінде), "
            "Марокко (2020 жылғы желтоқсан) және Судан (2021 жылғы қаңтар).",
            {
                ("KZ", A),
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
        (
            "Қазақстан Авраам келісімдеріне қосылатынын мәлімдеді. Қазір келісімге екі ел мүше: "
            "Бахрейн (2020 жылғы қыркүйек) және Марокко (2020 жылғы желтоқсан).",
            {("KZ", A), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "Қазақстан Авраам келісімдеріне қосылатынын мәлімдеді. Сарапшылар Түркия (2020 жылғы "
            "мамыр) және Иран туралы айтты.",
            {("KZ", A)},
        ),
    ],
    "ru": [
        (
            "Казахстан объявил о присоединении к соглашениям Авраама. Сейчас в соглашение входят "
            "четыре арабские страны: ОАЭ, Бахрейн (обе в сентябре 2020 года), Марокко (декабрь "
            "2020 года) и Судан (январь 2021 года).",
            {
                ("KZ", A),
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
        (
            "Казахстан объявил о присоединении к соглашениям Авраама. Египет (договор 1979 года) "
            "и Иордания в это соглашение не входят.",
            {("KZ", A)},
        ),
    ],
    "en": [
        (
            "Kazakhstan said it would join the Abraham Accords. The deal now has four Arab members: "
            "the UAE, Bahrain (both in September 2020), Morocco (December 2020) and Sudan "
            "(January 2021).",
            {
                ("KZ", A),
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmalarına katılacağını açıkladı. Anlaşmanın dört üyesi var: "
            "BAE, Bahreyn (2020 Eylül), Fas (2020 Aralık) ve Sudan (2021 Ocak).",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round32_dated_brackets(language, text, expected):
    check_case(language, text, expected)
