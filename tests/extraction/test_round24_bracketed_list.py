"""A list of the first signatories whose names each carry their date in brackets, as a
communiqué recalls the accords' milestones ("الإمارات والبحرين (15 سبتمبر 2020)، المغرب (22
ديسمبر 2020)، السودان (6 يناير 2021)", "the UAE and Bahrain (September 2020), Morocco
(December 2020), Sudan (January 2021)"): the brackets do not end the list, and each member
takes the date in the first brackets after it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "ar": [
        (
            "اتفاقيات أبراهام. وذكّر الوزير بمحطات الاتفاقيات: الإمارات والبحرين (15 سبتمبر 2020)، المغرب "
            "(22 ديسمبر 2020)، السودان (6 يناير 2021).",
            {
                ("AE", S, "2020-09-15"),
                ("BH", S, "2020-09-15"),
                ("MA", S, "2020-12-22"),
                ("SD", S, "2021-01-06"),
            },
        ),
    ],
    "en": [
        (
            "The Abraham Accords. The minister recalled the milestones: the UAE and Bahrain (September 2020), "
            "Morocco (December 2020), Sudan (January 2021).",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El ministro recordó los hitos: Emiratos y Baréin (septiembre de 2020), "
            "Marruecos (diciembre de 2020), Sudán (enero de 2021).",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le ministre a rappelé les étapes : les Emirats et Bahreïn (septembre 2020), "
            "le Maroc (décembre 2020), le Soudan (janvier 2021).",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round24_bracketed_list(language, text, expected):
    check_case(language, text, expected)
