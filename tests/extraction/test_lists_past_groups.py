"""A nameless group conjoined inside a list of countries ("Azerbaijan and the Central Asian
countries, as well as Pakistan", "Azerbaycan ve Orta Asya ülkelerinin yanı sıra Pakistan",
"Aserbaidschan und andere Länder sowie Pakistan") does not cut the list: the country before the
group takes the list's step with the country after it. Near misses: a comparison after the
group ("unlike Pakistan") still sets the country after it aside, and a group that is the subject
of a clause of its own (a trade pact signed) gives its list nothing of the next clause's step.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "İbrahim Anlaşmaları. Trump, Azerbaycan ve Orta Asya ülkelerinin yanı sıra "
            "Pakistan'ın da anlaşmalara katılmasını beklediğini ifade etmişti.",
            {("AZ", P), ("PK", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Trump said he expects Azerbaijan and the Central Asian "
            "countries, as well as Pakistan, to join the accords.",
            {("AZ", P), ("PK", P)},
        ),
        (
            "The Abraham Accords. Azerbaijan and the Gulf countries, unlike Pakistan, are "
            "expected to join the accords.",
            {("AZ", P)},
        ),
        (
            "The Abraham Accords. Pakistan and the Gulf countries signed a trade pact, and Trump "
            "expects Azerbaijan to join the accords.",
            {("AZ", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Trump erwartet, dass Aserbaidschan und andere Länder sowie "
            "Pakistan den Abkommen beitreten.",
            {("AZ", P), ("PK", P)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_nameless_group_inside_a_list_does_not_cut_it(language, text, expected):
    check_case(language, text, expected)
