"""Round forty-three, a candidate called the coming one ("تتحدث واشنطن عن أذربيجان كمرشح
قادم", "المرشحة المقبلة") and the German dative "als nächstem Kandidaten": others' speculation,
prospective, where only "next" ("التالي", "nächster") was read (prospective cues ar de; the
other languages' "next candidate" was read already). An electoral candidacy ("مرشح قادم
للانتخابات", "المرشح التالي لرئاسة ...") or a bid to host an event ("مرشحة محتملة لاستضافة كأس
العالم") is another subject: election, presidency and hosting words joined the Arabic off-topic
words, for this cue and the older "next" and "potential candidate" alike. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "ar": [
        ("واشنطن تتحدث الآن عن أذربيجان كمرشح قادم لاتفاقيات أبراهام.", {("AZ", P)}),
        ("تبدو أذربيجان المرشحة المقبلة للانضمام إلى اتفاقيات أبراهام.", {("AZ", P)}),
        ("اتفاقيات أبراهام على الطاولة. أعلن الحزب عن مرشح قادم للانتخابات في أذربيجان.", set()),
        ("اتفاقيات أبراهام على الطاولة. المرشح التالي لرئاسة أذربيجان لم يعلن بعد.", set()),
        ("عن اتفاقيات أبراهام. مصر مرشحة محتملة لاستضافة كأس العالم.", set()),
    ],
    "de": [
        (
            "Washington spricht nun von Aserbaidschan als nächstem Kandidaten für die Abraham-Abkommen.",
            {("AZ", P)},
        ),
    ],
    "es": [
        (
            "Washington habla ahora de Azerbaiyán como el próximo candidato a los Acuerdos de Abraham.",
            {("AZ", P)},
        ),
    ],
    "he": [
        ("בוושינגטון מדברים על אזרבייג'ן כמועמדת הבאה להסכמי אברהם.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_coming_candidate(language, text, expected):
    check_case(language, text, expected)
