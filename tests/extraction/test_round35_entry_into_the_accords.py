"""Round thirty-five, the noun "entry into the accords" is the announcement where the languages
had only the verb of joining: German "seinen Eintritt in die Abraham-Abkommen", Turkish
"Abraham Anlaşmaları'na girişini", Persian "ورود خود به پیمان‌های ابراهیم", Hebrew "כניסתה להסכמי
אברהם", Indonesian "masuknya ke dalam Abraham Accords", Malay "kemasukannya ke dalam Perjanjian
Abraham", Kazakh "келісімдеріне кіретінін", Arabic "دخولها الاتفاقات" (also inside a relative
clause between commas, dated by "this month"), as English "its entry into" and French "son
entrée dans" already were. A negation makes it a refusal; the accords' entry into force is no
announcement. The Arabic bare condition noun "شرط أن" (without "ب") and "شريطة" after an interest
add a refusal as "بشرط أن" did. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "de": [
        ("Kasachstan verkündete seinen Eintritt in die Abraham-Abkommen.", {("KZ", A)}),
        ("Kasachstan schließt einen Eintritt in die Abraham-Abkommen aus.", {("KZ", D)}),
    ],
    "tr": [
        ("Kazakistan, Abraham Anlaşmaları'na girişini duyurdu.", {("KZ", A)}),
    ],
    "fa": [
        ("قزاقستان ورود خود به پیمان‌های ابراهیم را اعلام کرد.", {("KZ", A)}),
    ],
    "he": [
        ("קזחסטן הודיעה על כניסתה להסכמי אברהם.", {("KZ", A)}),
        ("סעודיה לא תודיע על כניסתה להסכמי אברהם.", {("SA", D)}),
    ],
    "id": [
        ("Kazakhstan mengumumkan masuknya ke dalam Abraham Accords.", {("KZ", A)}),
    ],
    "ms": [
        ("Kazakhstan mengumumkan kemasukannya ke dalam Perjanjian Abraham.", {("KZ", A)}),
    ],
    "kk": [
        ("Қазақстан Авраам келісімдеріне кіретінін жариялады.", {("KZ", A)}),
    ],
    "ar": [
        ("أعلنت كازاخستان دخولها إلى اتفاقيات أبراهام.", {("KZ", A)}),
        (
            "كازاخستان، التي أعلنت مطلع الشهر الجاري دخولها الاتفاقات، تقيم أصلا علاقات دبلوماسية "
            "كاملة مع إسرائيل.",
            {("KZ", A, "2025-11")},
        ),
        ("ودخلت الاتفاقيات حيز التنفيذ.", set()),
        (
            "الرياض تريد أن تكون جزءا من اتفاقات أبراهام، شرط أن يكون هناك طريق واضح إلى دولة فلسطينية.",
            {("SA", P), ("SA", D)},
        ),
        (
            "السعودية مستعدة للانضمام إلى اتفاقيات أبراهام شريطة قيام دولة فلسطينية.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "en": [
        ("Kazakhstan announced its entry into the Abraham Accords.", {("KZ", A)}),
    ],
    "fr": [
        ("Le Kazakhstan a annoncé son entrée dans les accords d'Abraham.", {("KZ", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_entry_into_the_accords(language, text, expected):
    check_case(language, text, expected)
