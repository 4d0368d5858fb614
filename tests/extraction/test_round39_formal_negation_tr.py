"""Round thirty-nine, Turkish official statements close a refusal with the formal copula
("katılması söz konusu değildir", "katılma niyeti bulunmamaktadır", "böyle bir planımız
yoktur", "acelesi yoktur"): a refusal as the plain "değil", "yok" and "bulunmuyor" are
(`cues.declined`, tr; the other languages have no such ending). Near misses: the plain forms,
and "söz konusu" (the said, in question) with no negation. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "İbrahim Anlaşmaları. Dışişleri Bakanlığı Sözcüsü: \"Türkiye'nin İbrahim Anlaşmaları'na katılması söz konusu değildir.\"",
            {("TR", D)},
        ),
        (
            "İbrahim Anlaşmaları. Endonezya'nın anlaşmalara katılma niyeti bulunmamaktadır.",
            {("ID", D)},
        ),
        (
            'İbrahim Anlaşmaları. Bakan, "Pakistan\'ın anlaşmalara katılma gibi bir planı yoktur" dedi.',
            {("PK", D)},
        ),
        ("İbrahim Anlaşmaları. Endonezya'nın anlaşmalara katılması söz konusu değil.", {("ID", D)}),
        (
            "İbrahim Anlaşmaları. Söz konusu ülke Suudi Arabistan; Washington, Riyad'ın anlaşmalara katılması için baskı yapıyor.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_formal_negation_tr(language, text, expected):
    check_case(language, text, expected)
