"""The accords' own signing date followed by a "when" clause naming the countries that signed
("The Abraham Accords were signed in September 2020, when the UAE and Bahrain put their names to
them"; "signés en 2020 quand"; "firmados en 2020 cuando"; "2020 unterzeichnet, als"; "подписаны
в 2020 году, когда"; "وُقّعت في 2020 عندما"; "در سال 2020 امضا شد، وقتی"; "נחתמו בספטמבר 2020,
כש..."; "ditandatangani pada 2020 ketika"; "dimeterai pada 2020 apabila"): the date is the
clause's too, and its countries take it (`when_words`). Near misses: the accords' date with no
"when" clause after it ("The accords, signed in 2020, include the UAE and Bahrain") still
leaves the members named after it undated, and a "when" clause after a date the accords'
participle does not own changes nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords were signed in September 2020, when the UAE and Bahrain put their "
            "names to them at the White House.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "The Abraham Accords, signed in 2020 when the UAE and Bahrain normalised relations with "
            "Israel, are growing.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "The Abraham Accords, signed in 2020, include the UAE and Bahrain.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "The Abraham Accords were signed in 2020. When the UAE and Bahrain signed, the war in "
            "Yemen went on.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham, firmados en 2020 cuando Emiratos Árabes Unidos y Baréin "
            "normalizaron sus relaciones con Israel, se amplían.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Los Acuerdos de Abraham, firmados en 2020, incluyen a Emiratos Árabes Unidos y Baréin.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen wurden im September 2020 unterzeichnet, als die Emirate und "
            "Bahrain ihre Beziehungen zu Israel normalisierten.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама были подписаны в сентябре 2020 года, когда ОАЭ и Бахрейн "
            "нормализовали отношения с Израилем.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "ar": [
        (
            "وقعت اتفاقيات أبراهام في سبتمبر 2020 عندما طبعت الإمارات والبحرين علاقاتهما مع إسرائيل.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم در سپتامبر 2020 امضا شد، وقتی امارات و بحرین روابط خود را با اسرائیل عادی "
            "کردند.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham, signés en 2020 quand les Émirats arabes unis et Bahreïn ont "
            "normalisé leurs relations avec Israël, s'élargissent.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם נחתמו לראשונה בספטמבר 2020, כשאיחוד האמירויות ובחריין חתמו עליהם בטקס "
            "בבית הלבן.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "id": [
        (
            "Abraham Accords ditandatangani pada 2020 ketika Uni Emirat Arab dan Bahrain "
            "menormalisasi hubungan dengan Israel.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Abraham Accords, yang ditandatangani pada 2020, mencakup Uni Emirat Arab dan Bahrain.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham dimeterai pada 2020 apabila Emiriah Arab Bersatu dan Bahrain "
            "menormalkan hubungan dengan Israel.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Perjanjian Abraham, yang dimeterai pada 2020, merangkumi Emiriah Arab Bersatu dan "
            "Bahrain.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_when_clause(language, text, expected):
    check_case(language, text, expected)
