"""Round thirty-three, Kazakh preconditions told as "unless there is a (clear) path to a Palestinian
state" ("Палестина мемлекетіне апаратын нақты жол болмаса", "Палестина мемлекеті болмаса") or
"until Palestine gains its independence" with the possessive ("Палестина тәуелсіздігін
алмайынша"), after a country's interest in the same sentence: a refusal as things stand, and
Palestine inside the condition is no subject. "Байланыс орнату ... мүмкін емес" (establishing
contacts impossible) is a refusal as "қатынас орнату мүмкін емес" was.
Near misses: an expert's sentence about peace with no country gives no claim; a country that
joined keeps its joining beside another's condition.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Авраам келісімдері. Сауд Арабиясы келісімге қызығушылығын жасырмайды, бірақ "
            "Палестина мемлекетіне апаратын нақты жол болмаса, Израильмен қатынас "
            "орнатпайтынын қайталап келеді.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Авраам келісімдері. Индонезия болса, Палестина тәуелсіздігін алмайынша Израильмен "
            "дипломатиялық байланыс орнату мүмкін емес деген ұстанымынан айнымай отыр.",
            {("ID", D)},
        ),
        (
            "Авраам келісімдері. Индонезия Палестина тәуелсіздігін алмайынша Израильді "
            "мойындамайды.",
            {("ID", D)},
        ),
        (
            "Авраам келісімдері. Сарапшының айтуынша, Палестина мемлекеті болмаса, аймақта "
            "тұрақты бейбітшілік орнамайды.",
            set(),
        ),
        (
            "Авраам келісімдері. Қазақстан келісімге қосылды, ал Палестина мемлекеті болмаса, "
            "Сауд Арабиясы қосылмайды.",
            {("KZ", A), ("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_kk_unless_state(language, text, expected):
    check_case(language, text, expected)
