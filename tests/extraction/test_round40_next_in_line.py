"""Round forty, a candidate told as "next in line" with the country after the words: "als
Nächstes in der Reihe steht Aserbaidschan", "el siguiente en la fila podría ser Azerbaiyán",
"berikutnya dalam antrean adalah Azerbaijan", "seterusnya dalam barisan mungkin Azerbaijan"
(prospective cues, de es id ms; en ru fr ar fa he read it already). Turkish "sırada X var" is left
out: a gap cue for it also read the question "Sırada kim var?" as a candidacy. Near misses: the
step told before keeps its own status. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. Next in line is Azerbaijan, analysts say.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "de": [
        (
            "Kasachstan ist den Abraham-Abkommen beigetreten. Als Nächstes in der Reihe steht Aserbaidschan, sagen Analysten.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "es": [
        (
            "Kazajistán se sumó a los Acuerdos de Abraham. El siguiente en la fila podría ser Azerbaiyán, según analistas.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "id": [
        (
            "Kazakhstan bergabung dengan Abraham Accords. Berikutnya dalam antrean adalah Azerbaijan, kata analis.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "ms": [
        (
            "Kazakhstan menyertai Perjanjian Abraham. Seterusnya dalam barisan mungkin Azerbaijan, kata penganalisis.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
    "ru": [
        (
            "Казахстан присоединился к Соглашениям Авраама. Следующим в очереди может стать Азербайджан, считают эксперты.",
            {("KZ", A), ("AZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_next_in_line(language, text, expected):
    check_case(language, text, expected)
