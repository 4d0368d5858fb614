"""Round thirty-seven, the accords' own founding date before their members: "Launched in
September 2020, the Abraham Accords first brought in the UAE and Bahrain", "Conclus en 2020,
les accords d'Abraham ...", "Die 2020 geschlossenen Abraham-Abkommen ...", "Заключенные в
2020 году Авраамовы соглашения ...", "اتفاقيات أبراهام التي أطلقت عام 2020 ...". A word of the
accords' making (`founding_participles`) opening the sentence before their name, right after
it (a relative word between allowed) or right before it describes them: the date beside it is
the accords', and the members listed leave it undated (labelling rule 8), as "signed in 2020"
so placed already did. Near misses: the members inside the word's own phrase ("Lancés en
septembre 2020 avec les Émirats arabes unis et Bahreïn, ...": founded with them, that month), a
founding word about something else ("concluded a trade deal ... in 2020"), and a member's own
signing date. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Launched in September 2020, the Abraham Accords first brought in the UAE and Bahrain.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "Launched in September 2020 with the UAE and Bahrain, the Abraham Accords later took in "
            "Morocco.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None)},
        ),
        (
            "The UAE concluded a trade deal with India in 2020, and the Abraham Accords now count "
            "the UAE and Bahrain.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "fr": [
        (
            "Conclus en 2020 sous l'égide de Washington, les accords d'Abraham ont permis à Israël "
            "de normaliser ses relations avec les Emirats arabes unis et Bahreïn.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "Lancés en septembre 2020, les accords d'Abraham ont d'abord réuni Israël, les Emirats "
            "arabes unis et Bahreïn.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "Lancés en septembre 2020 avec les Émirats arabes unis et Bahreïn, les accords "
            "d'Abraham ont ensuite été rejoints par le Maroc.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None)},
        ),
        (
            "Washington veut faire des accords d'Abraham, conclus en 2020 par Israël avec les "
            "Emirats arabes unis et Bahreïn, un cadre plus vaste.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "de": [
        (
            "Die 2020 geschlossenen Abraham-Abkommen normalisierten die Beziehungen Israels zu den "
            "Emiraten und Bahrain.",
            {("AE", S, None), ("BH", S, None)},
        ),
        ("Die Emirate haben die Abraham-Abkommen 2020 unterzeichnet.", {("AE", S, "2020")}),
    ],
    "es": [
        (
            "Lanzados en septiembre de 2020, los Acuerdos de Abraham reunieron primero a Israel, "
            "Emiratos Árabes Unidos y Baréin.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "ru": [
        (
            "Заключенные в 2020 году Авраамовы соглашения нормализовали отношения Израиля с ОАЭ и "
            "Бахрейном.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "tr": [
        (
            "2020'de varılan İbrahim Anlaşmaları, İsrail'in BAE ve Bahreyn ile ilişkilerini "
            "normalleştirdi.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "id": [
        (
            "Abraham Accords yang diluncurkan pada 2020 menormalisasi hubungan Israel dengan Uni "
            "Emirat Arab dan Bahrain.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham yang dilancarkan pada 2020 menormalkan hubungan Israel dengan "
            "Emiriah Arab Bersatu dan Bahrain.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "ar": [
        (
            "وتضم اتفاقيات أبراهام، التي رعتها إدارة ترامب عام 2020، كلا من الإمارات والبحرين.",
            {("AE", S, None), ("BH", S, None)},
        ),
        (
            "اتفاقيات أبراهام التي أطلقت عام 2020 جمعت إسرائيل والإمارات والبحرين.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם, שהושגו בספטמבר 2020, כוללים את איחוד האמירויות ובחריין.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم که در سال ۲۰۲۰ منعقد شد، امارات و بحرین را به عنوان عضو دارد.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
    "kk": [
        (
            "2020 жылы жасалған Авраам келісімі БАӘ мен Бахрейнді біріктірді.",
            {("AE", S, None), ("BH", S, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_founding_participles(language, text, expected):
    check_case(language, text, expected)
