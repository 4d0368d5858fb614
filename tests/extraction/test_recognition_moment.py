"""Round thirty-two, a recognition promised for the moment Israel recognises Palestine is a
precondition: "will recognise Israel the moment Israel recognises Palestine", "en el momento en
que", "cuando Israel reconozca a Palestina", "au moment où", "an dem Tag, an dem Israel Palästina
anerkennt", Indonesian "begitu Israel mengakui Palestina", Malay "sebaik sahaja" (`restrictions`):
a refusal as things stand, not a recognition announced. Near misses: the same moment words with
no Palestinian state after them, and a recognition promised with no condition, stay announced.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Prabowo said Indonesia will recognise Israel the moment Israel "
            "recognises Palestine.",
            {("ID", D)},
        ),
        (
            "The Abraham Accords. Indonesia will recognise Israel the moment the talks end.",
            {("ID", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Prabowo afirmó que Indonesia reconocerá a Israel en el "
            "momento en que Israel reconozca a Palestina.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham. Indonesia establecerá relaciones con Israel cuando Israel "
            "reconozca a Palestina.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham. Indonesia reconocerá a Israel en el momento en que lo "
            "decida su Parlamento.",
            {("ID", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Indonésie reconnaîtra Israël au moment où Israël "
            "reconnaîtra la Palestine.",
            {("ID", D)},
        ),
        (
            "Les accords d'Abraham. L'Indonésie reconnaîtra Israël au moment où son Parlement "
            "le décidera.",
            {("ID", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Indonesien werde Israel an dem Tag anerkennen, an dem Israel "
            "den palästinensischen Staat anerkennt.",
            {("ID", D)},
        ),
        (
            "Die Abraham-Abkommen. Indonesien werde Israel anerkennen. An dem Gipfel nahm auch "
            "Palästina teil.",
            {("ID", A)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Prabowo mengatakan Indonesia akan mengakui Israel begitu Israel "
            "mengakui Palestina.",
            {("ID", D)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Indonesia akan mengiktiraf Israel sebaik sahaja Israel "
            "mengiktiraf Palestin.",
            {("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_recognition_moment(language, text, expected):
    check_case(language, text, expected)
