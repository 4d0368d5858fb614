"""Round seventeen, Turkish news as Anadolu Ajansı, Hürriyet, TRT Haber, BBC Türkçe, Cumhuriyet
and Sabah write it (with English, French, Russian and Arabic where the same phrasing exists).
Classes found by four unseen articles (tests/fixtures/articles/tr/heldout17-*): a joining offered
by another ("katılım önerisinde bulundu", "katılım teklifi sundu": a candidacy; the offer
refused stays a refusal); hoping to add a country to "this club" ("bu kulübe eklemeyi umuyor").
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "tr": [
        # a joining offered by another
        (
            "İbrahim Anlaşmaları. Beyaz Saray, Azerbaycan'a anlaşmalara katılım önerisinde bulundu.",
            {("AZ", P)},
        ),
        ("İbrahim Anlaşmaları. Washington, Azerbaycan'a katılım teklifi sundu.", {("AZ", P)}),
        ("İbrahim Anlaşmaları. Azerbaycan, anlaşmalara katılım teklifini reddetti.", {("AZ", D)}),
        # add to this club
        (
            "İbrahim Anlaşmaları. Trump yönetimi Suudi Arabistan'ı da bu kulübe eklemeyi umuyor.",
            {("SA", P)},
        ),
        ("İbrahim Anlaşmaları. ABD, Husileri terör listesine ekledi.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_turkish_news(language, text, expected):
    check_case(language, text, expected)
