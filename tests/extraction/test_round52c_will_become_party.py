"""Round fifty-two, a country that "will become a party" to the accords ("Kazakhstan will become
a party to the Abraham Accords", "the country will become a party to the Abraham Accords",
"se convertirá en parte de los Acuerdos de Abraham", "wird Vertragspartei der Abraham-Abkommen",
"תהפוך לצד להסכמי אברהם", "ستصبح كازاخستان طرفاً في اتفاقيات أبراهام", "İbrahim Anlaşmalarına
taraf olacak"): X will join with the signing still to come is announced (the labelling rules).
"Member" and "part" were read in every language, the legal word "party" not in English, Spanish,
German, Hebrew, Arabic and Turkish (`cues` announced). Near misses: the conditional ("would
become a party ... only if") stays no announcement; the negation stays a refusal or nothing;
becoming a party to another treaty gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import challenge_params, found

A = "announced"

CASES = {
    "en": [
        ("Kazakhstan will become a party to the Abraham Accords.", {("KZ", A)}),
        (
            "Kazakhstan's presidential office confirmed on Friday that the country will become a "
            "party to the Abraham Accords.",
            {("KZ", A)},
        ),
        ("Kazakhstan would become a party to the accords only if the talks succeed.", set()),
        ("Kazakhstan will become a party to the Central Asian trade pact.", set()),
    ],
    "es": [
        ("Kazajistán se convertirá en parte de los Acuerdos de Abraham.", {("KZ", A)}),
    ],
    "de": [
        ("Kasachstan wird Vertragspartei der Abraham-Abkommen.", {("KZ", A)}),
        ("Kasachstan wird Vertragspartei des Pariser Klimaabkommens.", set()),
    ],
    "he": [
        ("קזחסטן תהפוך לצד להסכמי אברהם.", {("KZ", A)}),
    ],
    "ar": [
        ("ستصبح كازاخستان طرفاً في اتفاقيات أبراهام.", {("KZ", A)}),
        ("لن تصبح كازاخستان طرفاً في اتفاقيات أبراهام.", set()),
        ("ستصبح كازاخستان طرفاً في اتفاقية التجارة الحرة.", set()),
    ],
    "tr": [
        ("Kazakistan İbrahim Anlaşmalarına taraf olacak.", {("KZ", A)}),
        ("Kazakistan Paris Anlaşmasına taraf olacak.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_will_become_party(language, text, expected):
    assert found(text, language) == expected
