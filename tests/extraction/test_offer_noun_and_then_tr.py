"""Two Turkish forms the other languages already read.  An offer of accession conveyed as a noun
("katılım önerisini resmen iletti", "üyelik teklifi") is an offer: a candidacy, as "katılmayı
önerdi" is; refused ("katılım teklifini reddetti") a refusal.  ", ardından" (then) opening the
clause of a later list ("..., ardından Fas ve Sudan süreci tamamlamıştı") is a "later" word: that
list takes none of the dates told before it, as "daha sonra" does; "Kazakistan'ın ardından" (after
Kazakhstan) stays a comparison.
Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Amerikan basınına göre Beyaz Saray, Azerbaycan yönetimine İbrahim Anlaşmaları'na "
            "katılım önerisini resmen iletti.",
            {("AZ", P)},
        ),
        ("Azerbaycan, İbrahim Anlaşmaları'na katılım teklifini reddetti.", {("AZ", D)}),
        (
            "Kazakistan'ın ardından Azerbaycan da İbrahim Anlaşmaları'na katılmak istiyor.",
            {("AZ", P)},
        ),
    ],
}

DATED = [
    (
        "Anlaşmalar Eylül 2020'de Beyaz Saray'da BAE ve Bahreyn'in imzasıyla başlamış, ardından Fas "
        "ve Sudan süreci tamamlamıştı.",
        {("AE", "2020-09"), ("BH", "2020-09"), ("MA", None), ("SD", None)},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_an_offer_noun_is_an_offer(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_then_opening_a_later_list_keeps_the_earlier_date(text, expected):
    claims = extract(text, language="tr", published=datetime.date(2026, 1, 13)).claims
    assert {(c.country, c.date) for c in claims} == expected
