"""A signing that is awaited ("وانتظار كازاخستان توقيعها الرسمي", "Казахстан ожидает официального
подписания", "قزاقستان در انتظار امضای رسمی توافق است", "is still awaiting its formal signing")
is a joining announced with its signing still to come: the signing noun at the end of the
awaiting cue is that cue's word (`steps._signing_in_tail`), not a signing of its own. Near misses:
a signing told as done is one, and a signing awaited of another agreement gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "ar": [
        ("اتفاقيات أبراهام. وانتظار كازاخستان توقيعها الرسمي على الاتفاقيات مستمر.", {("KZ", A)}),
        ("اتفاقيات أبراهام. تنتظر كازاخستان توقيعها الرسمي على الاتفاقيات.", {("KZ", A)}),
        ("اتفاقيات أبراهام. وقعت كازاخستان على الاتفاقيات رسمياً في واشنطن.", {("KZ", S)}),
    ],
    "ru": [
        ("Соглашения Авраама. Казахстан ожидает официального подписания соглашений.", {("KZ", A)}),
        ("Соглашения Авраама. Казахстан подписал соглашения в Вашингтоне.", {("KZ", S)}),
        (
            "Соглашения Авраама. Казахстан ждет подписания торгового соглашения с Китаем.",
            set(),
        ),
    ],
    "fa": [
        ("توافق ابراهیم. قزاقستان همچنان در انتظار امضای رسمی توافق است.", {("KZ", A)}),
    ],
    "en": [
        (
            "The Abraham Accords. Kazakhstan is still awaiting its formal signing of the accords.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Kazakhstan attend encore sa signature officielle des "
            "accords.",
            {("KZ", A)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_an_awaited_signing_is_no_signing(language, text, expected):
    check_case(language, text, expected)
