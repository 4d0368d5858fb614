"""Round forty-four, a call for others to follow a joining, with the country named after it
("dass weitere Staaten diesem Beispiel folgen, allen voran Saudi-Arabien", "More states
should follow this example, above all Saudi Arabia", "D'autres États devraient suivre, à
commencer par l'Arabie saoudite", "Otros Estados deberían seguir el ejemplo, sobre todo Arabia
Saudí", "Другие государства должны последовать этому примеру, прежде всего Саудовская
Аравия"), or the country itself that "should follow suit": a candidacy, someone else's wish
(`cues.prospective` en de fr es ru; "could follow" was read already). Near misses: a signing
ceremony that "should follow" in December, and states that did not follow the example, give
no candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen wachsen. Wir fordern die Bundesregierung auf, sich dafür einzusetzen, "
            "dass weitere Staaten diesem Beispiel folgen, allen voran Saudi-Arabien.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Weitere Staaten sollen folgen, allen voran Saudi-Arabien.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien sollte dem Beispiel Kasachstans folgen.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Die Unterzeichnung soll im Dezember folgen, sagte Kasachstan.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Weitere Staaten folgten diesem Beispiel nicht, auch Saudi-Arabien nicht.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. More states should follow this example, above all Saudi Arabia.",
            {("SA", P)},
        ),
        ("The Abraham Accords. Saudi Arabia should follow suit, Trump said.", {("SA", P)}),
        (
            "The Abraham Accords. A signing ceremony should follow in December, Kazakhstan said.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. D'autres États devraient suivre, à commencer par l'Arabie saoudite.",
            {("SA", P)},
        ),
        ("Les accords d'Abraham. Une cérémonie devrait suivre en décembre au Kazakhstan.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Otros Estados deberían seguir el ejemplo, sobre todo Arabia Saudí.",
            {("SA", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Другие государства должны последовать этому примеру, прежде всего "
            "Саудовская Аравия.",
            {("SA", P)},
        ),
        ("Соглашения Авраама. Подписание должно последовать в декабре, сообщили в Астане.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_others_should_follow(language, text, expected):
    check_case(language, text, expected)
