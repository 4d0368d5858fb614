"""Round forty-five, the formal Hebrew "we" ("אנו") opening a later sentence of a quote whose
speaker a country names ("נשיא סומלילנד: "זהו רגע היסטורי. אנו נפעל להצטרף להסכמי אברהם""):
the step is the speaker's country's, as after "אנחנו" (Hebrew `pronouns`; the English "We will
join" after a speaker's first sentence was read already). Near misses: a quote with no country
named for its speaker gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

HE = "הסכמי אברהם נחתמו ב-2020. "

CASES = {
    "he": [
        (HE + 'נשיא סומלילנד: "זהו רגע היסטורי. אנו נפעל להצטרף להסכמי אברהם".', {("XS", P)}),
        (
            HE + 'שר החוץ של אינדונזיה: "עמדתנו ברורה. אנו לא נצטרף להסכמים ללא מדינה פלסטינית".',
            {("ID", D)},
        ),
        (HE + 'הדובר אמר: "זהו רגע היסטורי. אנו נפעל להצטרף להסכמי אברהם".', set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_formal_we(language, text, expected):
    assert found(text, language) == expected
