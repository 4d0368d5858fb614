"""Round forty-nine, a country sounded out or courted in the passive, with words between the
participle and a founder's envoys as the agent ("Mauritania ha sido sondeada en varias ocasiones por
emisarios estadounidenses", "Omán fue tanteado el año pasado por Washington", "Mauretanien wurde
mehrfach von amerikanischen Gesandten sondiert", "Oman wird seit Monaten von Washington umworben",
"La Mauritanie a été sondée à plusieurs reprises par des émissaires américains"): a founder courting
it, others' speculation, a candidacy (labelling rule 3). The passive with "por" right after the
participle, the active "Washington sondeó a Mauritania" and English ("has been sounded out several
times by American envoys") were read. Spanish, German and French (`cues` prospective), English as a
control. Near misses: the same passive with another agent ("por el Fondo Monetario Internacional",
"vom Internationalen Währungsfonds", "par le FMI", "by the IMF") gives nothing. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "es": [
        (
            ES + "Mauritania ha sido sondeada en varias ocasiones por emisarios estadounidenses.",
            {("MR", P)},
        ),
        (ES + "Omán fue tanteado el año pasado por Washington.", {("OM", P)}),
        (
            ES + "Mauritania ha sido sondeada en varias ocasiones por el Fondo Monetario "
            "Internacional.",
            set(),
        ),
    ],
    "de": [
        (DE + "Mauretanien wurde mehrfach von amerikanischen Gesandten sondiert.", {("MR", P)}),
        (DE + "Oman wird seit Monaten von Washington umworben.", {("OM", P)}),
        (DE + "Mauretanien wurde mehrfach vom Internationalen Währungsfonds sondiert.", set()),
    ],
    "fr": [
        (
            FR + "La Mauritanie a été sondée à plusieurs reprises par des émissaires américains.",
            {("MR", P)},
        ),
        (FR + "La Mauritanie a été sondée à plusieurs reprises par le FMI.", set()),
    ],
    "en": [
        (EN + "Mauritania has been sounded out several times by American envoys.", {("MR", P)}),
        (EN + "Mauritania has been sounded out several times by the IMF.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_sounded_out_passive(language, text, expected):
    assert found(text, language) == expected
