"""Round forty-two, a refusal told as having no agenda of joining ("Türkiye'nin İbrahim
Anlaşmaları'na katılma gibi bir gündemi yoktur", "gibi bir gündemimiz yok"): the country's own
refusal, declined (`cues.declined`, tr; "gündem" joined the plan and intention nouns of the
"gibi bir planı yok" refusal; the other languages' "not on the agenda" was read already). Near
miss: an agenda holding something else gives no refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "tr": [
        ("Türkiye'nin İbrahim Anlaşmaları'na katılma gibi bir gündemi yoktur.", {("TR", D)}),
        ("Pakistan'ın İbrahim Anlaşmaları'na katılmak gibi bir gündemi yok.", {("PK", D)}),
        (
            "Bakan İbrahim Anlaşmaları sorusunu yanıtladı; Türkiye'nin gündeminde Gazze ateşkesi var.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_such_agenda(language, text, expected):
    check_case(language, text, expected)
