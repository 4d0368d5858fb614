"""A member since a date of the first signings: "seit Dezember 2020 mit von der Partie", "seit
2020 Mitglied", "dabei seit Januar 2021", "de la partie depuis décembre 2020", "miembro desde
diciembre de 2020", "on board since December 2020" (English already read "a member since")
tell a signing with that date; the years are held to 2020 and 2021, the first wave. With it, a
step set off by commas right after its country keeps its step when the main clause after the
closing comma names another subject ("Marokko, seit Dezember 2020 mit von der Partie, setzt auf
Tourismus"; "Рабат, восстановивший отношения с Израилем в декабре 2020 года, делает ставку на
туризм": `Sentence._set_off_before`). Near misses: membership of another body since another
year, a later year, and a trade signing in the set-off phrase give no signing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "de": [
        ("Die Abraham-Abkommen. Marokko ist seit Dezember 2020 Mitglied.", {("MA", S, "2020-12")}),
        (
            "Die Abraham-Abkommen. Bahrain, seit September 2020 mit von der Partie, setzt auf "
            "Tourismus und Handel.",
            {("BH", S, "2020-09")},
        ),
        ("Die Abraham-Abkommen. Der Sudan ist seit Januar 2021 dabei.", {("SD", S, "2021-01")}),
        ("Die Abraham-Abkommen. Marokko ist seit 2019 Mitglied der Afrikanischen Union.", set()),
        (
            "Die Abraham-Abkommen. Marokko, das im Mai ein Handelsabkommen unterzeichnete, setzt auf "
            "Tourismus.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Bahrain, on board since September 2020, bets on trade and tourism.",
            {("BH", S, "2020-09")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Maroc est de la partie depuis décembre 2020.",
            {("MA", S, "2020-12")},
        ),
        ("Les accords d'Abraham. Le Maroc est membre de l'Union africaine depuis 2017.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Marruecos es miembro desde diciembre de 2020.",
            {("MA", S, "2020-12")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Манама, нормализовавшая отношения с Израилем в сентябре 2020 года, "
            "делает ставку на туризм и торговлю.",
            {("BH", S, "2020-09")},
        ),
        (
            "Соглашения Авраама. Марокко, подписавшее в мае торговое соглашение, делает ставку на "
            "туризм.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_member_since(language, text, expected):
    check_case(language, text, expected)
