"""Round forty-four, a country's "entry" told with the month it happened and without "into
the accords" ("Kazakhstan's entry last November was hailed as a breakthrough", "L'entrée du
Kazakhstan en novembre dernier", "Kasachstans Eintritt im vergangenen November", "La entrada
de Kazajistán el pasado noviembre", "Вступление Казахстана в ноябре"): in a piece on the
accords, the country's joining (`cues.announced` en fr de es ru; the noun alone stays nothing,
it is too common). Near misses: an entry visa, an army's entry into a territory, aid entering
Gaza, an entry into another organisation, an entry that is free. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords grew. Kazakhstan's entry last November was hailed as a breakthrough.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords grew. Kazakhstan’s entry in November surprised few diplomats.",
            {("KZ", A)},
        ),
        ("The Abraham Accords. Kazakhstan's entry visa rules changed in November.", set()),
        (
            "The Abraham Accords. Kazakhstan's entry into the World Trade Organization in 2015 was slow.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'entrée du Kazakhstan en novembre dernier a été saluée comme une percée.",
            {("KZ", A)},
        ),
        ("Les accords d'Abraham. L'entrée de l'armée israélienne en novembre à Gaza.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Kasachstans Eintritt im vergangenen November wurde als Durchbruch gefeiert.",
            {("KZ", A)},
        ),
        ("Die Abraham-Abkommen. Der Eintritt Kasachstans im November wurde gefeiert.", {("KZ", A)}),
        ("Die Abraham-Abkommen. Der Eintritt ist im November frei.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. La entrada de Kazajistán el pasado noviembre fue celebrada como un avance.",
            {("KZ", A)},
        ),
        ("Los Acuerdos de Abraham. La entrada de ayuda en Gaza en noviembre fue lenta.", set()),
    ],
    "ru": [
        (
            "Соглашения Авраама. Вступление Казахстана в ноябре прошлого года назвали прорывом.",
            {("KZ", A)},
        ),
        ("Соглашения Авраама. Вступление Казахстана в ВТО в 2015 году было долгим.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_entry_with_month(language, text, expected):
    check_case(language, text, expected)
