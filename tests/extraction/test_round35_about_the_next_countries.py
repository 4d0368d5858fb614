"""Round thirty-five, talk "about the next countries" names no country: in Persian the
candidacy of "کشورهای بعدی" after "در باره‌ی" (about) went to the country of the clause before
("سه ماه پس از آن‌که قزاقستان ... اعلام کرد، گمانه‌زنی‌ها در باره‌ی کشورهای بعدی ... بالا گرفته
است"); it is now an open question (`questions`), as in English and Arabic. Near miss: countries
said to be among the next ones are candidates. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "fa": [
        (
            "سه ماه پس از آن‌که قزاقستان پیوستن خود به پیمان‌های ابراهیم را اعلام کرد، گمانه‌زنی‌ها در "
            "باره‌ی کشورهای بعدی این روند در منطقه‌ی ما بالا گرفته است.",
            {("KZ", A)},
        ),
        (
            "قزاقستان پیوستن خود به پیمان‌های ابراهیم را اعلام کرد و بحث درباره‌ی کشورهای بعدی بالا گرفته "
            "است.",
            {("KZ", A)},
        ),
        (
            "قزاقستان به پیمان‌های ابراهیم پیوست. ازبکستان و آذربایجان از کشورهای بعدی خواهند بود.",
            {("KZ", A), ("UZ", P), ("AZ", P)},
        ),
    ],
    "en": [
        (
            "Three months after Kazakhstan announced it would join the Abraham Accords, speculation "
            "about the next countries has grown.",
            {("KZ", A)},
        ),
    ],
    "ar": [
        (
            "بعد ثلاثة أشهر من إعلان كازاخستان انضمامها إلى اتفاقيات أبراهام، تزايدت التكهنات بشأن الدول "
            "التالية.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_about_the_next_countries(language, text, expected):
    check_case(language, text, expected)
