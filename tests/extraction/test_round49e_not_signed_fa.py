"""Round forty-nine, the Persian negative light verb after "signed" ("هنوز پیمان ابراهیم را امضا
نکرده است", "امضا نکرد", "امضا نخواهد کرد"): Persian negates the verb with a prefix on its light
verb, after the noun "امضا" the signing cue is made of, so "Kazakhstan has not yet signed the
Abraham Accords" read as a signing, and "announced its agreement, though it has not yet signed any
document" as both. The light verb's negative forms now negate the cue right before them
(`negations_after` fa), as Turkish "değil" and Kazakh "жоқ" do. Persian (English "has not yet
signed" and Turkish "henüz imzalamadı" pinned: nothing). Near misses: the affirmative "سندی برای
عادی‌سازی امضا کرد" stays a signing, and an offer told unanswered ("پاسخ رسمی باکو هنوز داده نشده
است", the passive left out of the key since it turned the offer into a refusal; "اقدامی نکرده است")
stays a candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, found

FA = "پیمان ابراهیم بحث‌برانگیز است. "

CASES = {
    "fa": [
        (FA + "قزاقستان هنوز پیمان ابراهیم را امضا نکرده است.", set()),
        (FA + "قزاقستان پیمان ابراهیم را امضا نکرد.", set()),
        (FA + "پیمان هنوز از سوی قزاقستان امضا نشده است.", set()),
        (
            FA + "خارطوم موافقت خود را با عادی‌سازی اعلام کرد، هرچند هنوز سندی امضا نکرده است.",
            {("SD", A)},
        ),
        (FA + "قزاقستان سندی برای عادی‌سازی امضا کرد.", {("KZ", S)}),
        (
            FA + "کاخ سفید به جمهوری آذربایجان پیشنهاد پیوستن داد؛ پاسخ رسمی باکو هنوز داده نشده "
            "است.",
            {("AZ", P)},
        ),
        (
            FA + "کاخ سفید به جمهوری آذربایجان پیشنهاد پیوستن داد؛ باکو هنوز تصمیمی نگرفته و "
            "اقدامی نکرده است.",
            {("AZ", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are debated. Kazakhstan has not yet signed the Abraham Accords.",
            set(),
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları tartışmalı. Kazakistan henüz İbrahim Anlaşmalarını imzalamadı.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_signed_fa(language, text, expected):
    assert found(text, language) == expected
