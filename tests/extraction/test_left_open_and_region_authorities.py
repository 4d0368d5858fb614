"""A step left undecided, and the breakaway region's authorities.

A country that "deja en el aire su ingreso en los Acuerdos de Abraham" or "laisse planer le
doute sur son adhésion" has not joined: what follows is open and gives no claim (the joining
noun alone was read as an announcement). Talks a war "dejó en el aire" stay halted
(`suspended`), as "quedaron en el aire" already were.

Arabic "سلطات الإقليم", "حكومة الإقليم", "رئيس الإقليم" (the region's authorities, government,
president) stand for the one country in scope, as "الإقليم الانفصالي" does: after Somaliland
is named, the region's wish to join is Somaliland's candidacy; with no country in scope (a
city only) there is no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, U, challenge_params, check_case

CASES = {
    "es": [
        ("Arabia Saudí deja en el aire su ingreso en los Acuerdos de Abraham.", set()),
        ("Omán mantiene en el aire la decisión de sumarse a los Acuerdos de Abraham.", set()),
        (
            "Los Acuerdos de Abraham. La guerra de Gaza dejó en el aire las conversaciones de "
            "normalización entre Arabia Saudí e Israel.",
            {("SA", U)},
        ),
        ("Omán anunció su ingreso en los Acuerdos de Abraham.", {("OM", A)}),
    ],
    "fr": [
        ("Oman laisse planer le doute sur son adhésion aux accords d'Abraham.", set()),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. اعترفت إسرائيل بأرض الصومال. وأعلن رئيس الإقليم رغبته في الانضمام "
            "إلى الاتفاقيات.",
            {("XS", P)},
        ),
        (
            "اعترفت إسرائيل بأرض الصومال. وحذرت الوزارة من أن إعلان سلطات الإقليم نيتها الالتحاق "
            "باتفاقيات أبراهام يشكل محاولة مكشوفة.",
            {("XS", P)},
        ),
        (
            "اتفاقيات أبراهام. زار الوزير أربيل. وأعلنت حكومة الإقليم رغبتها في تعزيز الاستثمارات.",
            set(),
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_left_open_and_region_authorities(language, text, expected):
    check_case(language, text, expected)
