"""An "after" word that opens a clause with a conjunction ("אחרי שקזחסטן הודיעה", Hebrew "ש"
attached to the name; Persian "پس از آنکه قزاقستان ... اعلام کرد", after Kazakhstan announced)
makes the country after it the subject of that clause, not a country only compared with
(`clause_conjunctions`). Near misses: the same "after" right before a name ("אחרי קזחסטן",
"پس از قزاقستان", after Kazakhstan) stays a comparison, and the country named with it takes
no step.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "he": [
        (
            "הסכמי אברהם. אחרי שקזחסטן הצטרפה להסכמים, גם אזרבייג'ן בוחנת את הצעד.",
            {("KZ", A)},
        ),
        (
            "הסכמי אברהם. ההודעה מגיעה אחרי שסעודיה אמרה שלא תצטרף להסכמים.",
            {("SA", D)},
        ),
        (
            "הסכמי אברהם. אחרי קזחסטן, גם אזרבייג'ן שוקלת להצטרף להסכמים.",
            {("AZ", "prospective")},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. پس از آنکه قزاقستان پیوستن خود به پیمان ابراهیم را اعلام کرد، "
            "ولیعهد سعودی به واشنگتن رفت.",
            {("KZ", A)},
        ),
        (
            "پیمان ابراهیم. پس از اینکه عربستان گفت به این پیمان نمی\u200cپیوندد، سفر لغو شد.",
            {("SA", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. After Kazakhstan announced it would join the accords, attention "
            "turned to Riyadh.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_after_clause(language, text, expected):
    check_case(language, text, expected)
