"""Round forty-three, an anniversary's "on this day in 2020" ("التوقيع تم في مثل هذا اليوم من سنة
2020", "Un día como hoy de 2020", "В этот день в 2020 году"): the publication's day and month in
the year named, where "this day" was read as the publication's own day (Arabic) or the year
alone was kept (new key `this_day_years`, `dates._this_day_re`, en ar fr es de ru he fa id ms;
Turkish and Kazakh put the year first and were not written). Near miss: "this day" after a
year in another clause stays no date of its own. The challenge sets read their articles as
published on 20 November 2025. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found_dated

DAY = ("MA", S, "2020-11-20")

CASES = {
    "en": [
        ("Morocco signed the Abraham Accords on this day in 2020.", {DAY}),
        ("On this day in 2020, Morocco signed the Abraham Accords.", {DAY}),
        (
            "Morocco signed the Abraham Accords in 2020; on this day the king spoke.",
            {("MA", S, "2020")},
        ),
    ],
    "ar": [
        ("وقع المغرب اتفاقات أبراهام في مثل هذا اليوم من عام 2020.", {DAY}),
        ("وقع المغرب اتفاقات أبراهام عام 2020، وفي هذا اليوم تحدث الملك.", {("MA", S, "2020")}),
    ],
    "fr": [("À pareille date en 2020, le Maroc signait les accords d'Abraham.", {DAY})],
    "es": [("Un día como hoy de 2020, Marruecos firmó los Acuerdos de Abraham.", {DAY})],
    "de": [("Am heutigen Tag im Jahr 2020 unterzeichnete Marokko die Abraham-Abkommen.", {DAY})],
    "ru": [("В этот день в 2020 году Марокко подписало Авраамовы соглашения.", {DAY})],
    "he": [("ביום זה בשנת 2020 חתמה מרוקו על הסכמי אברהם.", {DAY})],
    "fa": [("در چنین روزی در سال ۲۰۲۰ مراکش توافق ابراهیم را امضا کرد.", {DAY})],
    "id": [("Tepat hari ini tahun 2020, Maroko menandatangani Perjanjian Abraham.", {DAY})],
    "ms": [("Tepat hari ini tahun 2020, Maghribi menandatangani Perjanjian Abraham.", {DAY})],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_on_this_day(language, text, expected):
    assert found_dated(text, language, {"MA"}) == expected
