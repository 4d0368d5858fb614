"""A Turkish list whose members each carry the genitive after an apostrophe, before "ve" or
the postposition "yanı sıra" (besides): "Azerbaycan'ın ve Pakistan'ın katılmasını bekliyor",
"Azerbaycan'ın yanı sıra Pakistan'ın da", "Azerbaycan'ın, Pakistan'ın ve Umman'ın". Every
member takes the step (the other languages put no suffix on a name before "and"). Near misses:
a genitive followed straight by another name with no conjunction or comma ("Suudi Arabistan'ın
Filistin devleti kurulmadan ...", the kingdom's own clause about a Palestinian state) joins
nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Trump, Azerbaycan'ın yanı sıra Pakistan'ın da Abraham Anlaşmaları'na katılmasını "
            "beklediğini söyledi.",
            {("AZ", P), ("PK", P)},
        ),
        (
            "Trump, Azerbaycan'ın ve Pakistan'ın Abraham Anlaşmaları'na katılmasını beklediğini "
            "söyledi.",
            {("AZ", P), ("PK", P)},
        ),
        (
            "Trump, Azerbaycan'ın, Pakistan'ın ve Umman'ın Abraham Anlaşmaları'na katılmasını "
            "beklediğini söyledi.",
            {("AZ", P), ("PK", P), ("OM", P)},
        ),
        (
            "Suudi Arabistan'ın Filistin devleti kurulmadan İsrail ile ilişkileri "
            "normalleştirmeyeceği biliniyor.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_genitive_lists(language, text, expected):
    check_case(language, text, expected)
