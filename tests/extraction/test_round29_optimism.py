"""A third party's optimism about a country's joining ("iyimser olduğunu yineledi", "أبدى
تفاؤله بانضمام", "אופטימי לגבי הצטרפות", as "optimistic about" and "optimiste" already
were) is others' speculation: a candidacy, not a joining (`modals`). Near miss: a joining
told without it stays announced.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "İbrahim Anlaşmaları. Trump ise Suudi Arabistan'ın anlaşmalara katılımı konusunda "
            "iyimser olduğunu yineledi.",
            {("SA", P)},
        ),
        (
            "İbrahim Anlaşmaları. Trump, Kazakistan'ın anlaşmalara katılacağını açıkladı.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. أبدى ترامب تفاؤله بانضمام السعودية إلى الاتفاقيات.",
            {("SA", P)},
        ),
        (
            "اتفاقيات أبراهام. قال ترامب إنه متفائل بأن تنضم السعودية إلى الاتفاقيات قريبا.",
            {("SA", P)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. טראמפ אמר שהוא אופטימי לגבי הצטרפות סעודיה להסכמים.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Trump said he was optimistic about Saudi Arabia joining the "
            "accords.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_optimism(language, text, expected):
    check_case(language, text, expected)
