"""Round forty-seven, a German separable refusal verb in the plural or in reported speech with its
object between verb and particle ("Auch Syrien und Indonesien lehnen eine Annäherung an Israel
derzeit ab", "Damaskus und Jakarta lehnten einen Beitritt damals ab", Konjunktiv "Riad lehne eine
Normalisierung weiterhin ab"): a refusal of every country in the list, as the singular "lehnt ...
ab" already was. Near miss: a refusal of something else than the accords ("Die Emirate lehnen
höhere Zölle auf israelische Waren ab", trade being another matter) gives nothing, nor does a refusal to take part in another
agreement's ceremony ("Norwegen und Schweden lehnten eine Teilnahme ... ab"): the plural and
Konjunktiv forms need a joining or normalisation noun as their object. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

OPENING = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "

CASES = {
    "de": [
        (
            OPENING + "Auch Syrien und Indonesien lehnen eine Annäherung an Israel derzeit ab.",
            {("SY", D), ("ID", D)},
        ),
        (
            OPENING + "Damaskus und Jakarta lehnten eine Normalisierung mit Israel damals ab.",
            {("SY", D), ("ID", D)},
        ),
        (
            OPENING + "Ein Sprecher sagte, Riad lehne eine Annäherung an Israel weiterhin ab.",
            {("SA", D)},
        ),
        (OPENING + "Die Emirate lehnen höhere Zölle auf israelische Waren ab.", set()),
        (
            "Trump unterzeichnete in Davos die Charta des Friedensrats. Norwegen und Schweden "
            "lehnten eine Teilnahme an der Zeremonie ausdrücklich ab.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_separable_refusal_plural(language, text, expected):
    assert found(text, language) == expected
