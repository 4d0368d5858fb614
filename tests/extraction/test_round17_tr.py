"""Round seventeen, Turkish news as Anadolu Ajansı, Hürriyet, TRT Haber, BBC Türkçe, Cumhuriyet
and Sabah write it (with English, French, Russian and Arabic where the same phrasing exists).
Classes found by four unseen articles (tests/fixtures/articles/tr/heldout17-*): a joining offered
by another ("katılım önerisinde bulundu", "katılım teklifi sundu": a candidacy; the offer
refused stays a refusal); hoping to add a country to "this club" ("bu kulübe eklemeyi umuyor");
"dahil olma kararı aldı" (a decision taken: announced); an intention denied in reported speech
("katılma niyetinin bulunmadığını", "niyetimiz yok"); "parçası olmak istiyoruz / istediğini" (a
wish, with "ancak ... iki devletli çözüme giden ... emin olmak" its refusal as things stand);
"Selman" alone for the crown prince.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

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
        # a decision to be included, a denied intention told in reported speech
        (
            "Trump, perşembe günü yaptığı paylaşımda, Kazakistan'ın İbrahim Anlaşmaları'na dahil olma kararı aldığını duyurdu.",
            {("KZ", A, "2025-11-20")},
        ),
        (
            "Sözcü, dün düzenlediği basın toplantısında, Pakistan'ın İbrahim Anlaşmaları'na katılma niyetinin bulunmadığını söyledi.",
            {("PK", D, "2025-11-19")},
        ),
        ("Pakistan: İbrahim Anlaşmaları'na katılma gibi bir niyetimiz yok", {("PK", D)}),
        ("Pakistan, İbrahim Anlaşmaları'na katılma niyetini açıkladı.", {("PK", P)}),
        # to be part of, in the first and third person, and its condition
        (
            "Suudi Arabistan ise anlaşmaların bir parçası olmak istediğini ancak bunun için iki devletli çözüme giden net bir yolun şart olduğunu yineliyor.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Salı günü gazetecilerin sorularını yanıtlayan Selman, \"İbrahim Anlaşmaları'nın bir parçası olmak istiyoruz, ancak iki devletli çözüme giden net bir yolun güvence altına alındığından da emin olmak istiyoruz\" dedi.",
            {("SA", P, "2025-11-18"), ("SA", D, None)},
        ),
        (
            "İbrahim Anlaşmaları. Türkiye, iki devletli çözüme giden yolun güvence altına alınması gerektiğini söyledi.",
            set(),
        ),
        ("Selman Öğüt, İbrahim Anlaşmaları üzerine bir kitap yazdı.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round17_turkish_news(language, text, expected):
    check_case(language, text, expected)
