"""Recognition of Israel tied to a Palestinian state, with the recognition's object named.

"Indonesia has tied any recognition of Israel to a Palestinian state" and Arabic "ربطت
إندونيسيا أي اعتراف بإسرائيل باعتراف الأخيرة بدولة فلسطين", with the subject between the verb
and the recognition, are a precondition (`declined`), as "tied normalisation with Israel to"
and "ربطت أي اعتراف بإسرائيل" already were; recognition of another state ("tied recognition of
Kosovo to ...") or tying trade to a ceasefire is no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Indonesia has tied any recognition of Israel to a Palestinian "
            "state.",
            {("ID", D)},
        ),
        (
            "The Abraham Accords. Malaysia links recognising Israel to the end of the occupation.",
            {("MY", D)},
        ),
        (
            "The Abraham Accords. Indonesia has tied trade with Israel to a ceasefire in Gaza.",
            set(),
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. ربطت إندونيسيا أي اعتراف بإسرائيل باعتراف الأخيرة بدولة فلسطين.",
            {("ID", D)},
        ),
        (
            "اتفاقيات أبراهام. وربطت ماليزيا بدورها الاعتراف بإسرائيل بإنهاء الاحتلال.",
            {("MY", D)},
        ),
        ("اتفاقيات أبراهام. ربطت إندونيسيا التجارة مع تركيا بخفض الرسوم.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_recognition_of_israel_tied_to_a_state_is_a_precondition(language, text, expected):
    check_case(language, text, expected)
