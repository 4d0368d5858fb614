"""Round thirty-nine, a country that "agreed to restore relations with Israel" (Morocco's step of
December 2020 as many papers tell it): a decision, announced, in the languages where it was read
as nothing or taken by the next clause's signing ("о восстановлении отношений с Израилем
договорилось Марокко", "договорилось с Израилем о восстановлении отношений", "vereinbarte ... die
Wiederaufnahme diplomatischer Beziehungen", "ilişkilerini yeniden kurmayı kabul etti", "הסכימה מרוקו
לחדש את היחסים", "sepakat memulihkan hubungan", "bersetuju memulihkan hubungan", "با از سرگیری
روابط ... موافقت کرد", "қалпына келтіруге келісті"); English, French, Spanish and Arabic read it so
already. Near miss: the next clause's signing keeps its own country and date. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Авраамовы соглашения. В декабре 2020 года Марокко договорилось с Израилем о восстановлении отношений.",
            {("MA", A, "2020-12")},
        ),
        (
            "Авраамовы соглашения. В декабре 2020 года о восстановлении отношений с Израилем договорилось Марокко, а в январе 2021 года декларацию подписал Судан.",
            {("MA", A, "2020-12"), ("SD", S, "2021-01")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Im Dezember 2020 vereinbarte Marokko mit Israel die Wiederaufnahme diplomatischer Beziehungen.",
            {("MA", A, "2020-12")},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Aralık 2020'de Fas, İsrail ile ilişkilerini yeniden kurmayı kabul etti.",
            {("MA", A, "2020-12")},
        ),
    ],
    "he": [
        ("הסכמי אברהם. בדצמבר 2020 הסכימה מרוקו לחדש את היחסים עם ישראל.", {("MA", A, "2020-12")}),
    ],
    "id": [
        (
            "Perjanjian Abraham. Pada Desember 2020 Maroko sepakat memulihkan hubungan dengan Israel.",
            {("MA", A, "2020-12")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Pada Disember 2020 Maghribi bersetuju memulihkan hubungan dengan Israel.",
            {("MA", A, "2020-12")},
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم. در دسامبر ۲۰۲۰ مراکش با از سرگیری روابط با اسرائیل موافقت کرد.",
            {("MA", A, "2020-12")},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. 2020 жылғы желтоқсанда Марокко Израильмен қарым-қатынасты қалпына келтіруге келісті.",
            {("MA", A, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_agreed_to_restore_relations(language, text, expected):
    check_case(language, text, expected)
