"""Round thirty-seven, the unrecognised territory named again by a plain noun for a territory or
region ("the territory", "le territoire", "das Gebiet", "el territorio", "الإقليم", "территория",
"این منطقه", "החבל", "wilayah itu", "ayrılan bölge", "бөлініп шыққан аймақ"), also with a clause
telling the state it broke away from ("The territory, which broke away from Somalia, ...", "Wilayah
yang memisahkan diri dari Somalia itu ...", "الإقليم، الذي انفصل عن الصومال"): Somaliland named
before (`anaphora`, `region_words`), never the state it broke from (`partners`: "sécession de",
"abgespalten von", "se separó de", "انفصل عن", "отделившаяся от", "از ~ جدا شد", "daripada").
Near misses: no unrecognised territory named before (the noun stands for nothing), and the
Palestinian territories. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Somaliland was recognised by Israel. The territory, which broke away from Somalia in 1991, has said it intends to join the accords.",
            {("XS", P)},
        ),
        (
            "The Abraham Accords. Saudi Arabia sets conditions. The territory wants to join the accords.",
            set(),
        ),
        (
            "The Abraham Accords. Israel recognised Somaliland. The territory wants to join the accords.",
            {("XS", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Israël a reconnu le Somaliland. Le territoire, qui a fait sécession de la Somalie en 1991, a annoncé son intention de rejoindre les accords.",
            {("XS", P)},
        ),
        (
            "Les accords d'Abraham. Israël a reconnu le Somaliland. Le territoire qui a fait sécession de la Somalie en 1991 a fait part de son intention de rejoindre les accords.",
            {("XS", P)},
        ),
        (
            "Les accords d'Abraham. L'Arabie saoudite pose ses conditions. Le territoire a annoncé son intention de rejoindre les accords.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Israel hat Somaliland anerkannt. Das Gebiet, das sich 1991 von Somalia abgespalten hat, will den Abkommen beitreten.",
            {("XS", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Israel reconoció a Somalilandia. El territorio, que se separó de Somalia en 1991, ha expresado su intención de unirse a los acuerdos.",
            {("XS", P)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. اعترفت إسرائيل بأرض الصومال. وأعلن الإقليم، الذي انفصل عن الصومال عام 1991، نيته الانضمام إلى الاتفاقيات.",
            {("XS", P)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Израиль признал Сомалиленд. Территория, отделившаяся от Сомали, заявила о намерении присоединиться к соглашениям.",
            {("XS", P)},
        ),
        (
            "Авраамовы соглашения. Израиль признал Сомалиленд. Территория, отделившаяся от Сомали в 1991 году, заявила о намерении присоединиться к соглашениям.",
            {("XS", P)},
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم. اسرائیل سومالی‌لند را به رسمیت شناخت. این منطقه که در سال ۱۹۹۱ از سومالی جدا شد، اعلام کرده قصد دارد به توافق ابراهیم بپیوندد.",
            {("XS", P)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. ישראל הכירה בסומלילנד. החבל הודיע על כוונתו להצטרף להסכמים.",
            {("XS", P)},
        ),
        (
            "הסכמי אברהם. ישראל הכירה בסומלילנד. החבל שנפרד מסומליה הודיע על כוונתו להצטרף להסכמים.",
            {("XS", P)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Israel mengakui Somaliland. Wilayah yang memisahkan diri dari Somalia itu menyatakan niatnya bergabung dengan Abraham Accords.",
            {("XS", P)},
        ),
        (
            "Abraham Accords. Israel mengakui Somaliland. Wilayah yang memisahkan diri dari Somalia pada 1991 itu menyatakan niatnya bergabung dengan Abraham Accords.",
            {("XS", P)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Israel mengiktiraf Somaliland. Wilayah yang memisahkan diri daripada Somalia itu menyatakan hasrat untuk menyertai Perjanjian Abraham.",
            {("XS", P)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. İsrail Somaliland'i tanıdı. Ayrılan bölge, anlaşmalara katılma niyetini açıkladı.",
            {("XS", P)},
        ),
        (
            "İbrahim Anlaşmaları. İsrail Somaliland'i tanıdı. Somali'den ayrılan bölge, anlaşmalara katılma niyetini açıkladı.",
            {("XS", P)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Израиль Сомалилендті мойындады. Бөлініп шыққан аймақ келісімдерге қосылу ниетін жариялады.",
            {("XS", P)},
        ),
        (
            "Авраам келісімдері. Израиль Сомалилендті мойындады. Сомалиден бөлініп шыққан аймақ келісімдерге қосылу ниетін жариялады.",
            {("XS", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "fr-2": "a relative clause with no comma after 'le territoire qui' holding the state it broke "
    "away from leaves no subject for the main verb",
    "ru-2": "the year of the secession inside the participial phrase ('отделившаяся ... в 1991 "
    "году') dates the step before the accords, and the step is dropped",
    "he-2": "the state broken from carries the clitic 'from' (מסומליה), which no partner word "
    "reads, and is taken for the subject",
    "id-2": "the year of the secession inside the 'yang ... itu' phrase dates the step before the "
    "accords, and the step is dropped",
    "tr-2": "the state broken from, in the ablative before the participle (Somali'den ayrılan), "
    "is taken for the subject",
    "kk-2": "the state broken from, in the ablative before the converb (Сомалиден бөлініп "
    "шыққан), is taken for the subject",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_territory_anaphor(language, text, expected):
    check_case(language, text, expected)
