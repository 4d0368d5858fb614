"""A member still awaiting its formal signing, in Arabic and Spanish as analyses tell it (with
English, French and German): "تنتظر كازاخستان توقيعها الرسمي", "sigue a la espera de la firma
formal", "is still awaiting its formal signing", "attend toujours sa signature officielle",
"wartet noch auf die formelle Unterzeichnung". The joining is decided and the ceremony still
to come: an announcement, not a signing. Near miss: awaiting the formal signing of another
agreement gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "ar": [
        ("اتفاقيات أبراهام. ولا تزال أذربيجان تنتظر توقيعها الرسمي.", {("AZ", A)}),
        ("اتفاقيات أبراهام. تنتظر أذربيجان توقيعها الرسمي منذ أشهر.", {("AZ", A)}),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Azerbaiyán sigue a la espera de la firma formal.", {("AZ", A)}),
    ],
    "en": [
        ("The Abraham Accords. Azerbaijan is still awaiting its formal signing.", {("AZ", A)}),
        (
            "The Abraham Accords. Azerbaijan is awaiting the formal signing of a gas deal with Turkey.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Azerbaïdjan attend toujours sa signature officielle.",
            {("AZ", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Aserbaidschan wartet noch auf die formelle Unterzeichnung.",
            {("AZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round24_awaiting_signing(language, text, expected):
    check_case(language, text, expected)
