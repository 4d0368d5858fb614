"""Round fifty-one, a follower told in a relative clause of its own ("Marokko, das im Dezember
2020 nachzog, setzt vor allem auf Tourismus", "Morocco, which followed in December 2020, bets on
tourism"): a first signatory with no step of its own in a sentence that names neither the
accords nor a list of members was no background member, so "followed" inside its clause gave it
nothing once a sentence on trade stood between it and the signing. Now one first signatory with
a relative clause right after it, whose verb is a word of following (`later_steps`,
`continuations_after`) closing the clause or with its 2020 or 2021 date right after it, and
nothing else but that date and two short words before it, is a member with the clause's date.
German `later_steps` gains the verb-final "nachzog", "nachzogen" and "nachgezogen war".

Near misses: a clause whose verb follows something else ("das im Dezember 2020 den Gesprächen
folgte", "which followed the talks closely in December 2020"), a date outside 2020 and 2021, and
a country that is no first signatory give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found_dated

DE = (
    "Die Emirate und Bahrain traten den Abraham-Abkommen im September 2020 bei. "
    "Seither wächst der Handel mit Datteln und Software. "
)
EN = (
    "The Emirates and Bahrain joined the Abraham Accords in September 2020. "
    "Trade in dates and software has grown since. "
)
FR = (
    "Les Emirats et Bahreïn ont rejoint les accords d'Abraham en septembre 2020. "
    "Le commerce de dattes et de logiciels a grandi depuis. "
)
ES = (
    "Los Emiratos y Baréin se sumaron a los Acuerdos de Abraham en septiembre de 2020. "
    "Desde entonces crece el comercio de dátiles y de software. "
)
RU = (
    "ОАЭ и Бахрейн присоединились к Соглашениям Авраама в сентябре 2020 года. "
    "С тех пор растёт торговля финиками и программами. "
)
FIRST = {("AE", S), ("BH", S)}

CASES = {
    "de": [
        (
            DE + "Marokko, das im Dezember 2020 nachzog, exportiert vor allem Phosphat.",
            FIRST | {("MA", S, "2020-12")},
        ),
        (
            DE + "Marokko, das im Dezember 2020 folgte, lockt israelische Touristen an.",
            FIRST | {("MA", S, "2020-12")},
        ),
        (
            DE + "Der Sudan, der im Januar 2021 nachgezogen war, handelt kaum noch.",
            FIRST | {("SD", S, "2021-01")},
        ),
        (
            DE + "Marokko, das im Dezember 2020 den Gesprächen folgte, exportiert Phosphat.",
            FIRST,
        ),
        (DE + "Marokko, das im Mai 2023 folgte, exportiert vor allem Phosphat.", FIRST),
        (DE + "Oman, das im Dezember 2020 folgte, exportiert vor allem Weihrauch.", FIRST),
    ],
    "en": [
        (
            EN + "Morocco, which followed in December 2020, sells mostly phosphates.",
            FIRST | {("MA", S, "2020-12")},
        ),
        (
            EN + "Morocco, which followed the talks closely in December 2020, sells phosphates.",
            FIRST,
        ),
    ],
    "fr": [
        (
            FR + "Le Maroc, qui a suivi en décembre 2020, vend surtout des phosphates.",
            FIRST | {("MA", S, "2020-12")},
        ),
    ],
    "es": [
        (
            ES + "Marruecos, que los siguió en diciembre de 2020, vende sobre todo fosfatos.",
            FIRST | {("MA", S, "2020-12")},
        ),
    ],
    "ru": [
        (
            RU + "Марокко, которое последовало в декабре 2020 года, продаёт в основном фосфаты.",
            FIRST | {("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_follower_relative_clause(language, text, expected):
    dated = {item[0] for item in expected if len(item) == 3}
    assert found_dated(text, language, dated) == expected
