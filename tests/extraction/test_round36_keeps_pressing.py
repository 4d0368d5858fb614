"""Round thirty-six, others' pressure and speculation told in new ways (rule 3, prospective):
Washington that "continues to lobby" a capital, "his envoys have been sounding out" a country,
countries that "come up in conversations" ("reviennent dans les conversations", "fallen in
Gesprächen", "salen en las conversaciones"), and Trump's "viendra très bientôt". Near misses:
lobbying for a stadium, names of people coming up, and "viendra" about a visit date. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Washington continues to lobby Riyadh hard.", {("SA", P)}),
        ("The Abraham Accords. His envoys have been sounding out Azerbaijan.", {("AZ", P)}),
        ("The Abraham Accords. Oman and Qatar come up in conversations.", {("OM", P), ("QA", P)}),
        ("The Abraham Accords. The mayor continues to lobby for a new stadium.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Donald Trump a beau assurer que Riyad « viendra très bientôt », rien ne l'atteste.",
            {("SA", P)},
        ),
        (
            "Les accords d'Abraham. Oman et le Qatar reviennent souvent dans les conversations.",
            {("OM", P), ("QA", P)},
        ),
        (
            "Les accords d'Abraham. Les mêmes plaisanteries reviennent souvent dans les conversations.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Oman und Katar fallen oft in Gesprächen.",
            {("OM", P), ("QA", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Omán y Catar salen a menudo en las conversaciones.",
            {("OM", P), ("QA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_keeps_pressing(language, text, expected):
    check_case(language, text, expected)
