"""Round forty-five, a second country that takes the first one's step by "and so too" at the
end of the clause ("Uzbekistan is named as the next candidate, as is Azerbaijan", "..., and so
has Pakistan", "וכך גם אזרבייג'ן", "، وكذلك أذربيجان", "y lo mismo Azerbaiyán"; the French "tout
comme" and the Russian "как и" read it already): the country right after takes the step before
(`continuations`). "As is" followed by anything but a country, or "and also" opening a clause
with its own verb, gives the second country nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, found

CANDIDATES = {("UZ", P), ("AZ", P)}

CASES = {
    "en": [
        (
            "Abraham Accords: Uzbekistan is mentioned in Washington as the next candidate, as "
            "is Azerbaijan.",
            CANDIDATES,
        ),
        (
            "Indonesia has ruled out joining the Abraham Accords without a Palestinian state, "
            "and so has Pakistan.",
            {("ID", D), ("PK", D)},
        ),
        (
            "Morocco joined the Abraham Accords in December 2020, as did Sudan a month later.",
            {("MA", S), ("SD", S)},
        ),
        (
            "Kazakhstan joined the Abraham Accords, as is well known in Saudi Arabia.",
            {("KZ", A)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם: אוזבקיסטן מוזכרת בוושינגטון כמועמדת הבאה, וכך גם אזרבייג'ן, שכבר "
            "היום מספקת נפט לישראל.",
            CANDIDATES,
        ),
        (
            "אינדונזיה הבהירה כי לא תצטרף להסכמי אברהם ללא מדינה פלסטינית, וכך גם פקיסטן.",
            {("ID", D), ("PK", D)},
        ),
        (
            "קזחסטן הצטרפה להסכמי אברהם. כך גם אמרה עומאן כי היא בוחנת את המצב.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام: تُذكر أوزبكستان في واشنطن كمرشحة تالية، وكذلك أذربيجان.",
            CANDIDATES,
        ),
        (
            "انضمت كازاخستان إلى اتفاقيات أبراهام، وكذلك ناقش الرئيس الأمر مع السعودية.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham: en Washington se menciona a Uzbekistán como el próximo "
            "candidato, y lo mismo a Azerbaiyán.",
            CANDIDATES,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_and_so_too(language, text, expected):
    assert found(text, language) == expected
