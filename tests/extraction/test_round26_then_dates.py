"""A "then" opening a sentence for the date named last in the sentence before, as explainers
recall the first signings ("Die Abkommen stammen aus dem Jahr 2020. Damals unterzeichneten die
Emirate und Bahrain ..."; "Соглашения ... подписаны в сентябре 2020 года. Тогда отношения с
Израилем нормализовали ..."; "At the time", "À l'époque", "Por aquel entonces", "O dönemde",
"Сол кезде", "وحينها", "در آن زمان", "באותה עת", "Ketika itu", "Pada masa itu"): the steps of
that sentence take that date (`then_dates`, `dates._then_date`). Near misses: "since then" ("Seit
damals", "Depuis cette époque", "Desde aquel entonces", "از آن زمان") opens a period and dates
nothing; a "then" after a sentence naming no date dates nothing; a "then" inside the sentence
("Если ..., тогда ...") is no reference back; joiners told "later" after a comma ("позднее к ним
присоединились") keep no date of it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама заключены в сентябре 2020 года. Тогда ОАЭ и Бахрейн установили отношения с Израилем.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "Соглашения Авраама появились в 2020 году. И тогда к ним примкнули ОАЭ, Бахрейн, Марокко и Судан.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
        (
            "Соглашения Авраама появились в 2020 году. Тогда отношения с Израилем нормализовали ОАЭ и Бахрейн, позднее к ним присоединились Марокко и Судан.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Соглашения Авраама обсуждают давно. Тогда ОАЭ и Бахрейн установили отношения с Израилем.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "Соглашения Авраама заключены в 2020 году. Если Эр-Рияд захочет, тогда ОАЭ и Бахрейн помогут.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen wurden im September 2020 geschlossen. Damals nahmen die Emirate und Bahrain Beziehungen zu Israel auf.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "Die Abraham-Abkommen stammen aus dem Jahr 2020. Seinerzeit unterzeichneten die Emirate und Bahrain in Washington.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Über die Abraham-Abkommen wird viel gesprochen. Damals unterzeichneten die Emirate und Bahrain in Washington.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "Die Abraham-Abkommen stammen aus dem Jahr 2020. Seit damals unterzeichneten die Emirate und Bahrain weitere Verträge.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords were signed in September 2020. At the time, the UAE and Bahrain normalised relations with Israel.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "The Abraham Accords were much discussed this week. Back then, the UAE and Bahrain normalised relations with Israel.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont été conclus en septembre 2020. À l'époque, les Émirats arabes unis et Bahreïn ont normalisé leurs relations avec Israël.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "Les accords d'Abraham ont été conclus en 2020. Depuis cette époque, les Émirats arabes unis et Bahreïn ont normalisé leurs relations avec Israël.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham se firmaron en septiembre de 2020. Por aquel entonces, Emiratos Árabes Unidos y Baréin normalizaron sus relaciones con Israel.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "Los Acuerdos de Abraham se firmaron en 2020. Desde aquel entonces, Emiratos Árabes Unidos y Baréin normalizaron sus relaciones con Israel.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları Eylül 2020'de imzalandı. O dönemde BAE ve Bahreyn İsrail ile ilişkilerini normalleştirdi.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері 2020 жылы жасалды. Сол кезде БАӘ мен Бахрейн Израильмен қарым-қатынасты қалыпқа келтірді.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "ar": [
        (
            "وقعت اتفاقيات أبراهام في سبتمبر 2020. وحينها طبعت الإمارات والبحرين علاقاتهما مع إسرائيل.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم در سپتامبر ۲۰۲۰ امضا شد. در آن زمان امارات و بحرین روابط خود با اسرائیل را عادی کردند.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "پیمان ابراهیم در سپتامبر ۲۰۲۰ امضا شد. از آن زمان امارات و بحرین روابط خود با اسرائیل را عادی کردند.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם נחתמו בספטמבר 2020. באותה עת נרמלו איחוד האמירויות ובחריין את יחסיהן עם ישראל.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "id": [
        (
            "Abraham Accords ditandatangani pada September 2020. Ketika itu Uni Emirat Arab dan Bahrain menormalisasi hubungan dengan Israel.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham ditandatangani pada September 2020. Pada masa itu Emiriah Arab Bersatu dan Bahrain menormalkan hubungan dengan Israel.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_then_dates(language, text, expected):
    check_case(language, text, expected)
