"""Round forty-three, a signature told in the present of a chronology's line with the
"put one's signature" phrase ("6 января 2021 - Хартум ставит подпись под декларацией",
"Hartum, İbrahim Anlaşmaları bildirgesine imza atıyor"): signed, dated by the line
(`cues.signed` ru tr; only their past tenses "поставил подпись", "imza attı" were read; en fr es
de id ms he ar fa read the present verb already, Kazakh's "қол қояды" also being a future).
Near miss: the same present negated gives no claim. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "6 января 2021 - Хартум ставит подпись под декларацией «Соглашений Авраама».",
            {("SD", S, "2021-01-06")},
        ),
        (
            "15 сентября 2020 года Бахрейн ставит свою подпись под Соглашениями Авраама.",
            {("BH", S, "2020-09-15")},
        ),
        ("Хартум пока не ставит подпись под декларацией «Соглашений Авраама».", set()),
    ],
    "tr": [
        (
            "6 Ocak 2021 - Hartum, İbrahim Anlaşmaları bildirgesine imza atıyor.",
            {("SD", S, "2021-01-06")},
        ),
        ("Hartum, İbrahim Anlaşmaları bildirgesine henüz imza atmıyor.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_signature_present(language, text, expected):
    check_case(language, text, expected)
