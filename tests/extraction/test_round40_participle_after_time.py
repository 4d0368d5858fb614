"""Round forty, a German joining whose participle stands after a time or another adverbial
("Khartum hatte sich den Abkommen im Oktober 2020 angeschlossen", "Sudan hatte sich den Abkommen
erst nach langem Zögern angeschlossen"): the object and the participle are one joining with the
words between them (`cues`, joined, German split "den Abkommen ~ angeschlossen"; "beigetreten"
read so already).  The other languages put the verb before its object and its time.  Near miss:
"bisher nicht angeschlossen" is no joining.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "de": [
        (
            "Khartum hatte sich den Abkommen im Oktober 2020 angeschlossen, doch seit dem Ausbruch des Krieges liegt der Prozess auf Eis.",
            {("SD", S), ("SD", U)},
        ),
        ("Sudan hatte sich den Abkommen erst nach langem Zögern angeschlossen.", {("SD", S)}),
        ("Usbekistan hat sich den Abkommen bisher nicht angeschlossen.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_participle_after_time(language, text, expected):
    check_case(language, text, expected)
