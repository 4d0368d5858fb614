"""A signing noun right after an "after" word, with no signer after it ("Hours after the
signing, Somaliland said it wants to join", "שעות ספורות לאחר החתימה", "وبعد التوقيع أعلنت",
"چند ساعت پس از امضا،") tells a time, as "since the signing" does (`time_since`): the
country of the clause takes no signing from it. A country after a comma or after another word
(an Arabic verb before its subject) is not the signer. Near misses: "after the UAE signed",
"بعد توقيع الإمارات" (the UAE's signing) and "the signing of the accords by the UAE" keep
the signer's step.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Hours after the signing, Somaliland said it wants to join the "
            "Abraham Accords.",
            {("XS", P)},
        ),
        (
            "After the UAE signed the Abraham Accords in 2020, Bahrain followed.",
            {("AE", S, "2020"), ("BH", S)},
        ),
        (
            "Since the signing of the accords by the UAE and Bahrain, much has changed.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. שעות ספורות לאחר החתימה הודיע עירו כי סומלילנד מבקשת להצטרף להסכמי "
            "אברהם.",
            {("XS", P)},
        ),
        (
            "הסכמי אברהם. לאחר שאיחוד האמירויות חתמה על ההסכמים, הגיעה בחריין.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. وبعد التوقيع أعلنت أرض الصومال رغبتها في الانضمام إلى الاتفاقيات.",
            {("XS", P)},
        ),
        (
            "اتفاقيات أبراهام. منذ توقيع الإمارات على الاتفاقيات تغير الكثير.",
            {("AE", S)},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. چند ساعت پس از امضا، سومالی\u200cلند اعلام کرد که قصد دارد به پیمان ابراهیم "
            "بپیوندد.",
            {("XS", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_after_the_signing(language, text, expected):
    check_case(language, text, expected)
