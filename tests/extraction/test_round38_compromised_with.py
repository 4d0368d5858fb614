"""Round thirty-eight, the Persian hardline word for normalising, "compromised with the Zionist
regime" ("با رژیم صهیونیستی سازش کردند"), as a signing cue (rule 2: a 2020 normalisation of a
member is the accords): without it the countries were background members only, and an announcing
verb of another country after "و" took them over. Persian only: Arabic hardline outlets say
"تطبيع", which is read already. Near misses: a refusal to compromise, and a country that only
announced. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "fa": [
        (
            "امارات و بحرین در سال ۲۰۲۰ با رژیم صهیونیستی سازش کردند و قزاقستان نیز سال گذشته پیوستن خود به این پیمان را اعلام کرد.",
            {("AE", S), ("BH", S), ("KZ", A)},
        ),
        ("توافق ابراهیم. مراکش در سال ۲۰۲۰ با رژیم اشغالگر سازش کرد.", {("MA", S)}),
        ("توافق ابراهیم. عربستان هرگز با رژیم صهیونیستی سازش نخواهد کرد.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_compromised_with(language, text, expected):
    check_case(language, text, expected)
