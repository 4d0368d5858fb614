"""Round forty-six, a first signatory's bare signing and its halt in one sentence whose subject is
a pronoun, a dropped subject or the name before a colon ("Sudan is the opposite case: it signed in
January 2021, but the civil war left the process frozen", "Sudán es el caso opuesto: firmó en
enero de 2021, pero la guerra ... dejó el proceso en el congelador", "Sudan is different. It
signed in January 2021, but ..."): the signing, with its month, and the halt with none, as when
the name stands right before "signed" (`claims._carried_signer`, `claims._signed_after_colon`;
French too; German read it already). Near misses: a halt alone after the colon is a halt only;
another signing after the pronoun ("it signed a trade deal with Egypt") is no membership; a
country that is no first signatory gains none. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Sudán es el caso opuesto: firmó en enero de 2021, pero la "
            "guerra civil dejó el proceso en el congelador.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "Los Acuerdos de Abraham. Sudán es el caso opuesto: la guerra civil dejó el proceso en "
            "el congelador.",
            {("SD", U, None)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Sudan is the opposite case: it signed in January 2021, but the "
            "civil war left the process frozen.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "The Abraham Accords. Sudan is different. It signed in January 2021, but the civil war "
            "left the process frozen.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
        (
            "The Abraham Accords. Sudan is the opposite case: it signed a trade deal with Egypt in "
            "2021, but the war left the process frozen.",
            {("SD", U)},
        ),
        (
            "The Abraham Accords. Oman is different: it signed in January 2021, but the war left "
            "the process frozen.",
            {("OM", U)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Soudan est l'exception : il a signé en janvier 2021, mais la "
            "guerre a gelé le processus.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Der Sudan ist der Gegenfall: Er unterzeichnete im Januar 2021, "
            "doch der Krieg hat den Prozess eingefroren.",
            {("SD", S, "2021-01"), ("SD", U, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_signed_then_halted_carried(language, text, expected):
    check_case(language, text, expected)
