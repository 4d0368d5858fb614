"""Round forty-nine, talks told as hearsay with "disebut-sebut" (is said to be) or the Malay
"dilaporkan" (reportedly) ("Riyadh dan Tel Aviv disebut-sebut sudah berada di tahap akhir
perundingan", "Arab Saudi dilaporkan sedang berunding dengan Israel"): both are `modals` (so a
joining told with them is a candidacy), and a modal before talks dropped them, where reported
talks are talks (rule 3). A modal that is also a reporting word already leaves talks standing
("dikabarkan tengah berunding"); "disebut-sebut" (Indonesian and Malay) and "dilaporkan"
(Malay; Indonesian had it already) join `reporting`. Malay and Indonesian (English "reportedly
in the final stage of talks", French "négocierait, selon la presse" and Turkish "müzakere
yürüttüğü bildiriliyor" already read). Near misses: a joining said to come ("Azerbaijan
disebut-sebut akan bergabung", "dilaporkan akan menyertai") stays a candidacy, not an
announcement, and a name said to be a candidate stays one. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import N, P, challenge_params, found

MS = "Perjanjian Abraham ditandatangani pada 2020. "
ID = "Abraham Accords diteken pada 2020. "

CASES = {
    "id": [
        (ID + "Arab Saudi disebut-sebut sedang berunding dengan Israel.", {("SA", N)}),
        (
            ID + "Menurutnya, sebelum perang pecah, Riyadh dan Tel Aviv disebut-sebut sudah "
            "berada di tahap akhir perundingan dengan mediasi Washington.",
            {("SA", N)},
        ),
        (ID + "Azerbaijan disebut-sebut akan bergabung dengan Abraham Accords.", {("AZ", P)}),
        (ID + "Nama Oman disebut-sebut sebagai calon berikutnya.", {("OM", P)}),
    ],
    "ms": [
        (MS + "Arab Saudi dilaporkan sedang berunding dengan Israel.", {("SA", N)}),
        (
            MS
            + "Arab Saudi disebut-sebut sudah berada di peringkat akhir rundingan dengan Israel.",
            {("SA", N)},
        ),
        (MS + "Azerbaijan dilaporkan akan menyertai perjanjian itu.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_said_to_be(language, text, expected):
    assert found(text, language) == expected
