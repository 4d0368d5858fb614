"""Round forty-four, a halt told by the idiom of a dead letter ("the deal has been a dead letter
there since the war began", "l'accord y est lettre morte", "el acuerdo es letra muerta", "das
Abkommen ist toter Buchstabe", "соглашение остаётся мёртвой буквой", "بقي الاتفاق حبرا على ورق",
"ההסכם נותר אות מתה", "anlaşma kağıt üzerinde kaldı"), and the English "has seen the process
stall": the country's halt, beside its signing with the signing's own date (suspended cues en fr
es de ru ar he tr). The idiom is read only with the deal, the normalisation, the membership or the
process as its subject, so that another text left a dead letter (an old peace initiative, a
boycott law) gives no halt. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found_dated

SIGNED = ("SD", S, "2021")
HALTED = ("SD", U, None)
BH_SIGNED = {("BH", S, "2020")}

CASES = {
    "en": [
        (
            "Sudan joined the Abraham Accords in 2021, but the deal has been a dead letter there "
            "since the war began.",
            {SIGNED, HALTED},
        ),
        (
            "Sudan signed the Abraham Accords in 2021 and has since seen the process stall.",
            {SIGNED, HALTED},
        ),
        (
            "Sudan signed the Abraham Accords in 2021, but its membership has been a dead letter "
            "ever since the generals turned on each other.",
            {SIGNED, HALTED},
        ),
        (
            "The Abraham Accords turn five. The Arab Peace Initiative, which Saudi Arabia "
            "drafted in 2002, has remained a dead letter.",
            set(),
        ),
        (
            "The Abraham Accords turn five. Bahrain's old boycott law has been a dead letter "
            "since the kingdom signed the accords in 2020.",
            BH_SIGNED,
        ),
    ],
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham en 2021, mais l'accord y est lettre morte "
            "depuis le début du conflit.",
            {SIGNED, HALTED},
        ),
        (
            "Les accords d'Abraham ont cinq ans. L'initiative de paix arabe, rédigée par "
            "l'Arabie saoudite en 2002, est restée lettre morte.",
            set(),
        ),
        (
            "Les accords d'Abraham ont cinq ans. La vieille loi de boycott de Bahreïn est lettre "
            "morte depuis que le royaume a signé les accords en 2020.",
            BH_SIGNED,
        ),
    ],
    "es": [
        (
            "Sudán firmó los Acuerdos de Abraham en 2021, pero el acuerdo es letra muerta desde "
            "que estalló la guerra.",
            {SIGNED, HALTED},
        ),
        (
            "Los Acuerdos de Abraham cumplen cinco años. La Iniciativa de Paz Árabe, redactada "
            "por Arabia Saudita en 2002, sigue siendo letra muerta.",
            set(),
        ),
    ],
    "de": [
        (
            "Sudan unterzeichnete die Abraham-Abkommen 2021, doch das Abkommen ist dort seit "
            "Kriegsbeginn toter Buchstabe.",
            {SIGNED, HALTED},
        ),
        (
            "Die Abraham-Abkommen werden fünf. Die Arabische Friedensinitiative, die "
            "Saudi-Arabien 2002 vorlegte, ist toter Buchstabe geblieben.",
            set(),
        ),
    ],
    "ru": [
        (
            "Судан подписал Авраамовы соглашения в 2021 году, но с начала войны соглашение "
            "остаётся мёртвой буквой.",
            {SIGNED, HALTED},
        ),
        (
            "Авраамовым соглашениям пять лет. Арабская мирная инициатива, предложенная "
            "Саудовской Аравией в 2002 году, осталась мёртвой буквой.",
            set(),
        ),
    ],
    "ar": [
        (
            "وقع السودان على اتفاقات أبراهام عام 2021، لكن الاتفاق بقي حبرا على ورق منذ اندلاع الحرب.",
            {SIGNED, HALTED},
        ),
        (
            "وقع السودان على اتفاقات أبراهام عام 2021، لكن منذ اندلاع الحرب بقي الاتفاق حبرا على ورق.",
            {SIGNED, HALTED},
        ),
        (
            "اتفاقيات أبراهام تكمل عامها الخامس. مبادرة السلام العربية التي طرحتها السعودية عام "
            "2002 بقيت حبرا على ورق.",
            set(),
        ),
    ],
    "he": [
        (
            "סודן חתמה על הסכמי אברהם ב-2021, אך מאז פרוץ המלחמה ההסכם נותר אות מתה.",
            {SIGNED, HALTED},
        ),
        (
            "הסכמי אברהם בני חמש. יוזמת השלום הערבית, שהציגה סעודיה ב-2002, נותרה אות מתה.",
            set(),
        ),
    ],
    "tr": [
        (
            "Sudan 2021'de İbrahim Anlaşmalarını imzaladı, ancak savaşın başlamasından bu yana "
            "anlaşma ölü bir harf olarak kaldı.",
            {SIGNED, HALTED},
        ),
        (
            "Sudan 2021'de İbrahim Anlaşmalarını imzaladı, ancak savaş çıkınca anlaşma kağıt "
            "üzerinde kaldı.",
            {SIGNED, HALTED},
        ),
        (
            "İbrahim Anlaşmaları beş yaşında. Suudi Arabistan'ın 2002'de sunduğu Arap Barış "
            "Girişimi kağıt üzerinde kaldı.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_dead_letter(language, text, expected):
    assert found_dated(text, language, {"SD", "BH"}) == expected
