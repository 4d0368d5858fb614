"""Round thirty-three, a country's name set off by two dashes after a description ("Аймақтағы ең
ірі ойыншы – Сауд Арабиясы – ...", "Главный игрок региона – Саудовская Аравия – ...", "The
region's biggest player – Saudi Arabia – ...", "Le plus grand acteur de la région – l'Arabie
saoudite – ..."): an apposition naming the sentence's subject, so neither dash breaks the
clause, and the steps told after it, also after "but", are that country's
(`claims._without_dashed_name`; a short article may stand before the name). Dashes that hold
other words stay clause breaks.
Near misses: a dashed name and another country's refusal after "tandis que" keep their own
subjects.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Авраам келісімдері. Аймақтағы ең ірі ойыншы – Сауд Арабиясы – Израильмен қатынас "
            "орнатпайтынын қайталап келеді.",
            {("SA", D)},
        ),
        (
            "Авраам келісімдері. Ал аймақтағы ең ірі ойыншы – Сауд Арабиясы – келісімге "
            "қызығушылығын жасырмайды, бірақ Палестина мемлекетіне апаратын нақты жол болмаса, "
            "Израильмен қатынас орнатпайтынын қайталап келеді.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Главный игрок региона – Саудовская Аравия – не скрывает интереса "
            "к соглашениям, но отказывается нормализовать отношения без палестинского государства.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. The region's biggest player – Saudi Arabia – makes no secret of "
            "its interest in the accords, but refuses to normalise ties without a Palestinian "
            "state.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le plus grand acteur de la région – l'Arabie saoudite – ne "
            "cache pas son intérêt pour les accords, mais refuse toute normalisation sans État "
            "palestinien.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Les accords d'Abraham. Un seul pays – le Kazakhstan – a rejoint les accords, tandis "
            "que l'Arabie saoudite refuse toute normalisation.",
            {("KZ", A), ("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_dashed_name(language, text, expected):
    check_case(language, text, expected)
