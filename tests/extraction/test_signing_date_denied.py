"""Round thirty-two, a signing whose date is denied before the date word ("пока не назвали дату
подписания", "has not yet set a date for the signing", "hat noch keinen Termin für die
Unterzeichnung genannt", "n'a pas encore fixé la date de la signature"), as it was read when denied after the signing
("сроки подписания пока не определены"), is a signing still to come (`schedule_nouns`, `steps._signing_yet_to_be_set`); and German "unterzeichnet ist bisher
nichts" (nothing signed yet, `questions_after`) leaves only the joining announced. Near misses: a
date named with no negation stays a signing; a negation about something else after the signing
("nicht weiter gegangen") leaves the signing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. В Астане пока не назвали дату подписания документов по "
            "Соглашениям Авраама.",
            set(),
        ),
        (
            "Соглашения Авраама. Казахстан не определил дату подписания, но уже объявил о "
            "присоединении.",
            {("KZ", A)},
        ),
        (
            "Соглашения Авраама. Казахстан назвал дату подписания документов по соглашениям.",
            {("KZ", S)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Kazakhstan has not yet set a date for the signing of the "
            "accords.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Kasachstan nannte keinen Termin für die Unterzeichnung der "
            "Abraham-Abkommen.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Kasachstan hatte angekündigt, den Abkommen beizutreten; "
            "unterzeichnet ist bisher nichts.",
            {("KZ", A)},
        ),
        (
            "Die Abraham-Abkommen. Marokko hat die Abraham-Abkommen im Dezember 2020 "
            "unterzeichnet, ist aber bisher nicht weiter gegangen.",
            {("MA", S)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Kazakhstan n'a pas encore fixé la date de la signature "
            "des accords d'Abraham.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_signing_date_denied(language, text, expected):
    check_case(language, text, expected)
