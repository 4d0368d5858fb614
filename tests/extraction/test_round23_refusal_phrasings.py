"""Refusals and candidacies in the words Russian and Turkish news use, carried to the other
languages where they are said the same way. Classes: "will not go to normalisation" as a
refusal (Turkish "normalleşmeye gitmeyeceğini", Kazakh "қалыпқа келтіруге бармайды", Arabic
"لن تذهب إلى التطبيع", English "will not go down the road of normalisation", as Russian "не
пойдет на нормализацию" already was), while someone saying a country will go there is none;
"has not joined and does not intend to" with the intention's verb left out (Russian "не
присоединялся и, по всей видимости, не собирается", English "has not joined the accords and does
not intend to", French "n'a pas adhéré aux accords et n'en a pas l'intention") as a refusal,
while "has not joined, but intends to" is none; and "one of the likely new members" (Russian
"одним из вероятных новых участников", in the instrumental after a verb of naming) as a
candidacy, as English already read it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "İbrahim Anlaşmaları. Katar, bağımsız bir Filistin devleti kurulmadan İsrail ile normalleşmeye "
            "gitmeyeceğini yineledi.",
            {("QA", D)},
        ),
        ("İbrahim Anlaşmaları. Umman normalleşme yoluna gitmeyecek.", {("OM", D)}),
        ("İbrahim Anlaşmaları. Katar'ın normalleşmeye gideceği konuşuluyor.", set()),
    ],
    "kk": [
        (
            "Авраам келісімі. Катар Израильмен қарым-қатынасты қалыпқа келтіруге бармайды.",
            {("QA", D)},
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام. قطر لن تذهب إلى التطبيع مع إسرائيل.", {("QA", D)}),
    ],
    "en": [
        ("The Abraham Accords. Qatar will not go down the road of normalisation.", {("QA", D)}),
        (
            "The Abraham Accords. Armenia, which has not joined the accords and does not intend to, "
            "watches Baku closely.",
            {("AM", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arménie, qui n'a pas adhéré aux accords et n'en a pas l'intention, "
            "observe Bakou.",
            {("AM", D)},
        ),
    ],
    "ru": [
        ("Соглашения Авраама. Катар не пойдет на нормализацию с Израилем.", {("QA", D)}),
        (
            "Соглашения Авраама. Ереван, который к соглашениям не присоединялся и, судя по всему, не "
            "собирается, внимательно следит за Баку.",
            {("AM", D)},
        ),
        ("Соглашения Авраама. Ереван к соглашениям не присоединялся, но собирается.", set()),
        (
            "Соглашения Авраама. Спецпосланник США не раз называл Ливию одним из вероятных новых участников.",
            {("LY", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round23_refusal_phrasings(language, text, expected):
    check_case(language, text, expected)
