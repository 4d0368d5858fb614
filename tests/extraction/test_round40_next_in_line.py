"""Round forty, a candidate told as "next in line" with the country after the words: "als
Nächstes in der Reihe steht Aserbaidschan", "el siguiente en la fila podría ser Azerbaiyán",
"berikutnya dalam antrean adalah Azerbaijan", "seterusnya dalam barisan mungkin Azerbaijan"
and Turkish "sırada (kardeş) Azerbaycan var" (prospective cues, de es id ms tr; en ru fr ar fa
he read it already). The Turkish gap cue also met the question "Sırada kim var?" (who is next?),
which gave the candidacy to the country named before it: "kim", "kimler" (who) are now nameless
subjects (`generic_subjects`, tr). Near misses: the step told before keeps its own status; the
question names no candidate; "bu sırada" (meanwhile) with no joining is none. Own sentences,
written for these tests."""

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
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmaları'na katıldı. Analistlere göre sırada kardeş Azerbaycan var.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Kazakistan'ın İbrahim Anlaşmaları'na katılacağını açıklaması, \"Sırada kim var?\" sorusunu gündeme taşıdı.",
            {("KZ", A)},
        ),
        (
            "Kazakistan İbrahim Anlaşmaları'na katıldı. Bu sırada Azerbaycan'da seçim var.",
            {("KZ", A)},
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
