"""Round forty, the names of countries said to circulate, with no "as candidates" after them,
under a question or a heading on who joins next ("The names of Azerbaijan and Uzbekistan are
circulating in the American press", "Azerbaijan's name is being floated", "Les noms de
l'Azerbaïdjan et de l'Ouzbékistan circulent", "Los nombres de ... circulan", "Die Namen ...
kursieren", "звучат имена", "Nama ... disebut-sebut", "עולים שמותיהן של"): others'
speculation, prospective (`cues.prospective`; Arabic and Turkish read it already). Near
misses: a member's diplomats' names circulating give no step to anyone else, and the member
keeps its own. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

QUESTION = {
    "en": "Who will join the Abraham Accords next? ",
    "fr": "Qui rejoindra les accords d'Abraham ? ",
    "es": "¿Quién se sumará a los Acuerdos de Abraham? ",
    "de": "Wer tritt den Abraham-Abkommen als Nächstes bei? ",
    "ru": "Кто следующим присоединится к Соглашениям Авраама? ",
    "id": "Siapa yang akan bergabung dengan Abraham Accords? ",
    "ms": "Siapa akan menyertai Perjanjian Abraham? ",
    "he": "מי תצטרף להסכמי אברהם? ",
    "ar": "من سينضم إلى اتفاقيات إبراهيم؟ ",
    "tr": "İbrahim Anlaşmaları'na kim katılacak? ",
}
BOTH = {("AZ", P), ("UZ", P)}

CASES = {
    "en": [
        (
            QUESTION["en"]
            + "The names of Azerbaijan and Uzbekistan are circulating in the American press.",
            BOTH,
        ),
        (QUESTION["en"] + "Azerbaijan's name is being floated in Washington.", {("AZ", P)}),
        (
            "Kazakhstan has joined the Abraham Accords. The names of its negotiators are circulating in the press.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            QUESTION["fr"]
            + "Les noms de l'Azerbaïdjan et de l'Ouzbékistan circulent dans la presse américaine, "
            "sans confirmation officielle.",
            BOTH,
        ),
        (
            QUESTION["fr"] + "Le nom de l'Azerbaïdjan circule dans la presse américaine.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            QUESTION["es"]
            + "Los nombres de Azerbaiyán y Uzbekistán circulan en la prensa estadounidense.",
            BOTH,
        ),
    ],
    "de": [
        (
            QUESTION["de"] + "Die Namen Aserbaidschan und Usbekistan kursieren in der US-Presse.",
            BOTH,
        ),
    ],
    "ru": [
        (QUESTION["ru"] + "В американской прессе звучат имена Азербайджана и Узбекистана.", BOTH),
    ],
    "id": [
        (QUESTION["id"] + "Nama Azerbaijan dan Uzbekistan disebut-sebut di media AS.", BOTH),
    ],
    "ms": [
        (QUESTION["ms"] + "Nama Azerbaijan dan Uzbekistan disebut-sebut dalam media AS.", BOTH),
    ],
    "he": [
        (QUESTION["he"] + "בעיתונות האמריקנית עולים שמותיהן של אזרבייג'ן ואוזבקיסטן.", BOTH),
    ],
    "ar": [
        (QUESTION["ar"] + "تتردد أسماء أذربيجان وأوزبكستان في الصحافة الأمريكية.", BOTH),
    ],
    "tr": [
        (QUESTION["tr"] + "ABD basınında Azerbaycan ve Özbekistan'ın adları geçiyor.", BOTH),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_names_circulate(language, text, expected):
    check_case(language, text, expected)
