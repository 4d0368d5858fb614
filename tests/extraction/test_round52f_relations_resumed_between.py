"""A founder or a leader announcing the resumption (restoration, re-establishment) of relations
between a country and Israel ("Trump announced the resumption of diplomatic relations between
Israel and Morocco", "le roi annonçait la reprise des contacts officiels et des relations
diplomatiques entre le Royaume du Maroc et l'Etat d'Israël", "Трамп объявил о возобновлении
отношений между Марокко и Израилем"): the country's announcement, dated as it. English and
Spanish read it only for Morocco named in a fixed form, French only for a few names and short
objects, Arabic and Hebrew as a signing, the others not at all; now each language's `announced`
cue ends on its word for "between" and the pair's other side takes the step
(`assignment._pair_after_between`; Turkish and Kazakh with the postposed word, Persian with the
verb at the end). Near misses: a pair with no founder in it is another agreement and gives
nothing; resumed talks are no announcement; welcoming the resumption announces nothing. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

DAY = "2020-12-10"

CASES = {
    "en": [
        (
            "On 10 December 2020 Donald Trump announced the resumption of diplomatic relations "
            "between Israel and Morocco.",
            {("MA", A, DAY)},
        ),
        (
            "Washington announced the re-establishment of full diplomatic ties between Israel "
            "and Sudan.",
            {("SD", A)},
        ),
        (
            "Donald Trump, the broker of the Abraham Accords, announced the resumption of "
            "diplomatic relations between Armenia and Azerbaijan.",
            set(),
        ),
        ("Donald Trump announced the resumption of talks between Israel and Syria.", set()),
    ],
    "fr": [
        (
            "Le 10 décembre 2020, le roi annonçait la reprise des contacts officiels et des "
            "relations diplomatiques entre le Royaume du Maroc et l'Etat d'Israël.",
            {("MA", A, DAY)},
        ),
        (
            "Le 10 décembre 2020, une déclaration de la Maison-Blanche annonçait à la fois la "
            "levée des sanctions et la reprise des relations entre le Maroc et Israël.",
            {("MA", A, DAY)},
        ),
        (
            "Washington a annoncé le rétablissement des relations diplomatiques entre Israël et "
            "le Soudan.",
            {("SD", A)},
        ),
        (
            "Washington, parrain des accords d'Abraham, a annoncé la reprise des relations "
            "diplomatiques entre l'Arménie et l'Azerbaïdjan.",
            set(),
        ),
        ("Donald Trump a annoncé la reprise des négociations entre Israël et la Syrie.", set()),
    ],
    "es": [
        (
            "El 10 de diciembre de 2020, Donald Trump anunció la reanudación de las relaciones "
            "diplomáticas entre Israel y Marruecos.",
            {("MA", A, DAY)},
        ),
        (
            "Washington anunció el restablecimiento de las relaciones entre Israel y Sudán.",
            {("SD", A)},
        ),
    ],
    "de": [
        (
            "Am 10. Dezember 2020 verkündete Donald Trump die Wiederaufnahme der diplomatischen "
            "Beziehungen zwischen Marokko und Israel.",
            {("MA", A, DAY)},
        ),
        (
            "Trump, der Vermittler der Abraham-Abkommen, verkündete die Wiederaufnahme der "
            "Beziehungen zwischen Armenien und Aserbaidschan.",
            set(),
        ),
    ],
    "ru": [
        (
            "10 декабря 2020 года Дональд Трамп объявил о возобновлении дипломатических отношений "
            "между Марокко и Израилем.",
            {("MA", A, DAY)},
        ),
        (
            "Трамп, посредник Авраамовых соглашений, объявил о восстановлении дипломатических "
            "отношений между Арменией и Азербайджаном.",
            set(),
        ),
    ],
    "ar": [
        (
            "في 10 ديسمبر 2020، أعلن دونالد ترامب استئناف العلاقات الدبلوماسية بين المغرب وإسرائيل.",
            {("MA", A, DAY)},
        ),
        (
            "أعلن ترامب، راعي اتفاقيات أبراهام، استئناف العلاقات الدبلوماسية بين أرمينيا وأذربيجان.",
            set(),
        ),
    ],
    "he": [
        (
            "ב-10 בדצמבר 2020 הודיע דונלד טראמפ על חידוש היחסים הדיפלומטיים בין מרוקו לישראל.",
            {("MA", A, DAY)},
        ),
    ],
    "id": [
        (
            "Pada 10 Desember 2020, Donald Trump mengumumkan pemulihan hubungan diplomatik antara "
            "Maroko dan Israel.",
            {("MA", A, DAY)},
        ),
        (
            "Trump, perantara Perjanjian Abraham, mengumumkan pemulihan hubungan diplomatik antara "
            "Armenia dan Azerbaijan.",
            set(),
        ),
    ],
    "ms": [
        (
            "Pada 10 Disember 2020, Donald Trump mengumumkan pemulihan hubungan diplomatik antara "
            "Maghribi dan Israel.",
            {("MA", A, DAY)},
        ),
    ],
    "tr": [
        (
            "10 Aralık 2020'de Donald Trump, Fas ile İsrail arasındaki diplomatik ilişkilerin "
            "yeniden başlatıldığını duyurdu.",
            {("MA", A, DAY)},
        ),
        (
            "İbrahim Anlaşmaları'nın arabulucusu Trump, Ermenistan ile Azerbaycan arasındaki "
            "diplomatik ilişkilerin yeniden başlatıldığını duyurdu.",
            set(),
        ),
    ],
    "fa": [
        (
            "در ۱۰ دسامبر ۲۰۲۰ دونالد ترامپ از سرگیری روابط دیپلماتیک میان مراکش و اسرائیل را "
            "اعلام کرد.",
            {("MA", A, DAY)},
        ),
    ],
    "kk": [
        (
            "2020 жылғы 10 желтоқсанда Дональд Трамп Марокко мен Израиль арасындағы дипломатиялық "
            "қатынастардың қалпына келтірілгенін жариялады.",
            {("MA", A, DAY)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_relations_resumed_between(language, text, expected):
    check_case(language, text, expected)
