"""Round thirty-six, a country asking to be let in: "has asked publicly to be admitted", "a
demandé à y être associé", "frappe à la porte avec insistance", "möchte unbedingt hinein", "wirbt
... um Aufnahme": its own wish before the parties accept it, prospective (rule 3). Near misses: a
club courting members, a student asking to be admitted to a course without a country. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Somaliland has asked publicly to be admitted.", {("XS", P)}),
        ("The Abraham Accords. The student asked to be admitted to the course.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Somaliland frappe à la porte avec insistance.",
            {("XS", P)},
        ),
        (
            "Les accords d'Abraham. Le président mauritanien a demandé publiquement à y être associé.",
            {("MR", P)},
        ),
        ("Les accords d'Abraham. Le facteur frappe à la porte avec insistance.", set()),
    ],
    "de": [
        ("Die Abraham-Abkommen. Somaliland möchte unbedingt hinein.", {("XS", P)}),
        (
            "Die Abraham-Abkommen. Seit Israel das Land anerkannt hat, wirbt Somaliland offen um Aufnahme.",
            {("XS", P)},
        ),
        ("Die Abraham-Abkommen. Der Verein wirbt um neue Mitglieder.", set()),
        ("Die Abraham-Abkommen. Der Hund möchte unbedingt hinein.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_asks_admission(language, text, expected):
    check_case(language, text, expected)
