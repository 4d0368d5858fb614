"""A verbless line that goes on with the step of the sentence before, as explainers and
answers under a question write a run of signatories: the country, a comma and its date, the
verb left out ("Los Emiratos y Baréin firmaron en septiembre de 2020. Marruecos, en diciembre
del mismo año."; "Morocco, in December that year."; "Le Maroc, en décembre de la même
année."; "Marokko, im Dezember desselben Jahres."; "المغرب، في ديسمبر من العام نفسه."). The
country takes that step with its own date. Near misses: a line with a word of its own after
the date (a reaction, a visit), a capital before a comma and a date (a dateline), a line with
no date, and a line after a sentence that claims nothing give nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Los Emiratos y Baréin los firmaron en septiembre de 2020. Marruecos, en "
            "diciembre del mismo año. Sudán, en enero de 2021.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
        (
            "Los Acuerdos de Abraham. Kazajistán anunció en noviembre que se uniría. Uzbekistán, el viernes, "
            "saludó la decisión.",
            {("KZ", A)},
        ),
        (
            "Los Acuerdos de Abraham. Los Emiratos y Baréin los firmaron en 2020. Argelia, por su parte, "
            "guardó silencio.",
            {("AE", S), ("BH", S)},
        ),
        ("Los Acuerdos de Abraham. El tiempo fue malo en Madrid. Marruecos, en diciembre.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. The UAE and Bahrain signed them in September 2020. Morocco, in December "
            "that year.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
        (
            "The Abraham Accords. Kazakhstan announced in November that it would join. Uzbekistan, on Friday, "
            "welcomed the news.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les Emirats et Bahreïn les ont signés en septembre 2020. Le Maroc, en "
            "décembre de la même année.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten sie im September 2020. Marokko, im "
            "Dezember desselben Jahres.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. وقعت الإمارات والبحرين على الاتفاقيات في سبتمبر 2020. المغرب، في ديسمبر من العام "
            "نفسه. السودان، في يناير 2021.",
            {
                ("AE", S, "2020-09"),
                ("BH", S, "2020-09"),
                ("MA", S, "2020-12"),
                ("SD", S, "2021-01"),
            },
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. ОАЭ и Бахрейн подписали их в сентябре 2020 года. Марокко, в декабре того же "
            "года.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round24_elliptic_continuation(language, text, expected):
    check_case(language, text, expected)
