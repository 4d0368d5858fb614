"""Round fifty-one, a second pass: a step told in the impersonal passive of a timeline
("Sudan'ın İsrail ile normalleşeceği ilan edildi", "اعلام شد که سودان روابط خود را ... عادی
می‌کند", "Суданның ... қалыпқа келтіретіні жарияланды", "it was announced that Sudan would
normalise ties") is the country's announcement, dated as the entry. English, German, Russian,
French, Spanish, Arabic, Hebrew, Indonesian and Malay read it already; Turkish read only the
accusative "-eceğini açıkladı", Persian and Kazakh had no cue for it (Kazakh read a signing)
(`cues` announced tr fa kk). English with a day between "announced" and "that" is a known miss:
the modal wins. Near misses: a passive about another subject (a visit put off) gives nothing; a
refusal announced the same way stays a refusal. Own sentences, written for these tests."""

import datetime

import pytest

from accords.extraction import extract
from tests.extraction.found import A, D, challenge_params, found

CASES = {
    "en": [
        (
            "On 23 October 2020 it was announced that Sudan would normalise ties with Israel.",
            {("SD", A)},
        ),
        (
            "It was announced on 23 October 2020 that Sudan would normalise ties with Israel.",
            {("SD", A)},
        ),
        (
            "Riyadh announced on Monday that it would never normalise ties without a Palestinian "
            "state.",
            {("SA", D)},
        ),
        ("Analysts announced on Monday that Oman would probably join.", set()),
    ],
    "tr": [
        ("23 Ekim 2020'de Sudan'ın İsrail ile normalleşeceği ilan edildi.", {("SD", A)}),
        ("Aralık 2020'de Fas'ın İsrail ile ilişkilerini normalleştireceği açıklandı.", {("MA", A)}),
        ("23 Ekim 2020'de Sudan'a yapılacak ziyaretin ertelendiği açıklandı.", set()),
    ],
    "fa": [
        (
            "در ۲۳ اکتبر ۲۰۲۰ اعلام شد که سودان روابط خود را با اسرائیل عادی می\u200cکند.",
            {("SD", A)},
        ),
        ("در دسامبر ۲۰۲۰ اعلام شد که مراکش روابط با اسرائیل را عادی خواهد کرد.", {("MA", A)}),
        ("در ۲۳ اکتبر ۲۰۲۰ اعلام شد که سفر هیئت سودانی به تعویق افتاده است.", set()),
    ],
    "kk": [
        (
            "2020 жылғы 23 қазанда Суданның Израильмен қарым-қатынасты қалыпқа келтіретіні "
            "жарияланды.",
            {("SD", A)},
        ),
        ("2020 жылғы 23 қазанда Судан делегациясының сапары кейінге қалдырылды.", set()),
    ],
    "de": [
        (
            "Am 23. Oktober 2020 wurde bekanntgegeben, dass der Sudan seine Beziehungen zu "
            "Israel normalisieren wird.",
            {("SD", A)},
        ),
    ],
    "ru": [
        (
            "23 октября 2020 года было объявлено, что Судан нормализует отношения с Израилем.",
            {("SD", A)},
        ),
    ],
    "fr": [
        (
            "Le 23 octobre 2020, il a été annoncé que le Soudan normaliserait ses relations avec "
            "Israël.",
            {("SD", A)},
        ),
    ],
    "ar": [("في 23 أكتوبر 2020 تم الإعلان عن تطبيع السودان مع إسرائيل.", {("SD", A)})],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_passive_announcement(language, text, expected):
    assert found(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On 23 October 2020 it was announced that Sudan would normalise ties with Israel."),
        ("tr", "23 Ekim 2020'de Sudan'ın İsrail ile normalleşeceği ilan edildi."),
        ("fa", "در ۲۳ اکتبر ۲۰۲۰ اعلام شد که سودان روابط خود را با اسرائیل عادی می\u200cکند."),
    ],
)
def test_passive_announcement_takes_the_entry_day(language, text):
    claims = extract(text, language=language, published=datetime.date(2021, 3, 1)).claims
    assert [(c.country, c.status, c.date) for c in claims] == [("SD", A, "2020-10-23")]
