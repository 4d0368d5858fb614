"""Round forty-nine, names heard in a founder's corridors ("En los pasillos del Departamento de
Estado suenan Uzbekistán y Mauritania", "Dans les couloirs du département d'État circulent les noms
de l'Ouzbékistan et de la Mauritanie", "In the corridors of the State Department, the names doing
the rounds are Uzbekistan and Mauritania", "In den Fluren des Außenministeriums fallen die Namen
Usbekistan und Mauretanien"), and in Spanish names "let slip" or talked of much ("En Washington
también han soltado el nombre de Indonesia", "Se habla mucho de Arabia Saudí"): others'
speculation, a candidacy (labelling rule 3). The verb before the names and the corridors as the
place were not read. Spanish, French, English and German (`cues` prospective), the corridors only
of the State Department, the White House, Washington (and the Pentagon in Spanish). Near misses:
other corridors ("En los pasillos del Palacio de Hielo suenan los himnos de Marruecos") and a name
let slip that is no country's ("El ministro ha soltado el nombre de su sucesor") give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "
UZ_MR = {("UZ", P), ("MR", P)}

CASES = {
    "es": [
        (
            ES + "En los pasillos del Departamento de Estado suenan Uzbekistán y Mauritania, "
            "aunque ninguno de los dos gobiernos ha dicho una palabra.",
            UZ_MR,
        ),
        (ES + "En Washington también han soltado el nombre de Indonesia.", {("ID", P)}),
        (ES + "¿Y ahora quién? Se habla mucho de Arabia Saudí.", {("SA", P)}),
        (ES + "En los pasillos del Palacio de Hielo suenan los himnos de Marruecos.", set()),
        (ES + "El ministro ha soltado el nombre de su sucesor.", set()),
    ],
    "fr": [
        (
            FR + "Dans les couloirs du département d'État circulent les noms de l'Ouzbékistan et "
            "de la Mauritanie.",
            UZ_MR,
        ),
    ],
    "en": [
        (
            EN + "In the corridors of the State Department, the names doing the rounds are "
            "Uzbekistan and Mauritania.",
            UZ_MR,
        ),
    ],
    "de": [
        (
            DE + "In den Fluren des Außenministeriums fallen die Namen Usbekistan und Mauretanien.",
            UZ_MR,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_corridor_names(language, text, expected):
    assert found(text, language) == expected
