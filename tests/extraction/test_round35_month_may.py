"""Round thirty-five, the month May is no modal: "In May, Qatar joined the accords", "said in May
that it would join", "said in May that the ambassador to Israel had left" had read the month as
"may" and made the step a possibility (new key `capitalized_names`: English "may", a modal word
written with a capital inside a sentence is a name). Near misses: the modal in lower case, a
headline in title case ("Qatar May Normalize Ties With Israel") and a sentence opening with "May"
keep the modal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, U, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. In May, Mauritania joined the accords.", {("MR", A, "2025-05")}),
        ("The Abraham Accords. Mauritania said in May that it would join.", {("MR", A)}),
        (
            "The Abraham Accords. Bahrain's parliament said in May that the ambassador to Israel had left.",
            {("BH", U)},
        ),
        ("The Abraham Accords. Mauritania may join the accords.", {("MR", P)}),
        ("Mauritania May Normalize Ties With Israel, Abraham Accords Officials Say", {("MR", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_month_may(language, text, expected):
    check_case(language, text, expected)
