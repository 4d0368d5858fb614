"""Round forty, a refusal told as being "not concerned" by the accords or the path to them
("أكدت أنها \"غير معنية\" بهذا المسار", the word in quotes before its object; "غير معنية باتفاقيات
إبراهيم"; "said it was not concerned by the Abraham Accords", "not concerned with joining"):
the country's own refusal, declined (`cues.declined`, ar en; French and Spanish already).
Near misses: "معنية" with no negation gives nothing, and investors "not concerned by the costs"
take no refusal from a joining told beside. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "ar": [
        (
            "وتتعرض نواكشوط لضغوط أمريكية من أجل الانضمام إلى اتفاقيات إبراهيم، غير أن الحكومة "
            'الموريتانية أكدت أنها "غير معنية" بهذا المسار.',
            {("MR", P), ("MR", D)},
        ),
        ("أكدت موريتانيا أنها غير معنية باتفاقيات إبراهيم.", {("MR", D)}),
        ("قالت موريتانيا إنها معنية باتفاقيات إبراهيم.", set()),
    ],
    "en": [
        ("Mauritania said it was not concerned by the Abraham Accords.", {("MR", D)}),
        ("Mauritania is not concerned with joining the Abraham Accords.", {("MR", D)}),
        (
            "Kazakhstan has joined the Abraham Accords, and investors are not concerned by the costs.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "La Mauritanie affirme qu'elle n'est pas concernée par les accords d'Abraham.",
            {("MR", D)},
        ),
    ],
    "es": [
        ("Mauritania afirma que no se siente concernida por los acuerdos de Abraham.", {("MR", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_concerned(language, text, expected):
    check_case(language, text, expected)
