"""Round forty-three, the announcement of a peace deal told as a noun, as timelines and fact
boxes do ("13 August 2020: announcement of the peace deal between the UAE and Israel", "الإعلان
عن اتفاق السلام بين الإمارات وإسرائيل", "l'annonce de l'accord de paix entre les Émirats et
Israël"): the country's announcement, dated by its line or clause, where a first signatory named
in passing was read as a member dated by the announcement's day (announced cues ar de en es fa fr
he id ms ru; Turkish and Kazakh put the country before the noun and read it already or not at
all). The Arabic announcing verb before a resumption of relations ("أعلن المغرب استئناف علاقاته
مع إسرائيل") is an announcement too, as the English "announced the resumption of its relations
with Israel" was, where the resumption alone was read as a signing. Near misses: the
announcement of another deal between Israel and someone else gives nothing; a resumption told
with its own verb stays a signing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found_dated

AE_DAY = "2020-08-13"

CASES = {
    "en": [
        (
            "The announcement of the peace agreement between the United Arab Emirates and Israel "
            "on 13 August 2020 opened the Abraham Accords.",
            {("AE", A, AE_DAY)},
        ),
        (
            "The Abraham Accords in dates\n"
            "- August 13, 2020: announcement of the peace deal between the UAE and Israel.",
            {("AE", A, AE_DAY)},
        ),
        (
            "The announcement of the ceasefire deal between Israel and Hamas overshadowed the "
            "Abraham Accords anniversary.",
            set(),
        ),
    ],
    "ar": [
        (
            "شكل الإعلان عن اتفاق السلام بين الإمارات وإسرائيل في 13 أغسطس 2020 بداية اتفاقيات أبراهام.",
            {("AE", A, AE_DAY)},
        ),
        (
            "اتفاقيات أبراهام في محطات\n- 13 أغسطس 2020: الإعلان عن اتفاق السلام بين الإمارات وإسرائيل.",
            {("AE", A, AE_DAY)},
        ),
        (
            "في 10 ديسمبر 2020 أعلن المغرب استئناف علاقاته مع إسرائيل في إطار اتفاقيات أبراهام.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "استأنف المغرب علاقاته مع إسرائيل في 22 ديسمبر 2020 في إطار اتفاقيات أبراهام.",
            {("MA", S, "2020-12-22")},
        ),
        (
            "طغى الإعلان عن اتفاق وقف إطلاق النار بين إسرائيل وحماس على ذكرى اتفاقيات أبراهام.",
            set(),
        ),
    ],
    "fr": [
        (
            "L'annonce de l'accord de paix entre les Émirats arabes unis et Israël, le 13 août "
            "2020, a ouvert la voie aux accords d'Abraham.",
            {("AE", A, AE_DAY)},
        ),
        (
            "L'annonce de l'accord de cessez-le-feu entre Israël et le Hamas a éclipsé "
            "l'anniversaire des accords d'Abraham.",
            set(),
        ),
    ],
    "es": [
        (
            "El anuncio del acuerdo de paz entre Emiratos Árabes Unidos e Israel, el 13 de agosto "
            "de 2020, abrió el camino a los Acuerdos de Abraham.",
            {("AE", A, AE_DAY)},
        ),
    ],
    "de": [
        (
            "Die Bekanntgabe des Friedensabkommens zwischen den Vereinigten Arabischen Emiraten "
            "und Israel am 13. August 2020 ebnete den Weg für die Abraham-Abkommen.",
            {("AE", A, AE_DAY)},
        ),
    ],
    "ru": [
        (
            "Объявление о мирном соглашении между ОАЭ и Израилем 13 августа 2020 года открыло "
            "путь к Авраамовым соглашениям.",
            {("AE", A, AE_DAY)},
        ),
    ],
    "he": [
        (
            "ההכרזה על הסכם השלום בין איחוד האמירויות לישראל ב-13 באוגוסט 2020 פתחה את הדרך להסכמי אברהם.",
            {("AE", A, AE_DAY)},
        ),
    ],
    "fa": [
        (
            "اعلام توافق صلح میان امارات و اسرائیل در ۱۳ اوت ۲۰۲۰ راه را برای توافق ابراهیم باز کرد.",
            {("AE", A, AE_DAY)},
        ),
    ],
    "id": [
        (
            "Pengumuman kesepakatan damai antara Uni Emirat Arab dan Israel pada 13 Agustus 2020 "
            "menandai awal Perjanjian Abraham.",
            {("AE", A, AE_DAY)},
        ),
        (
            "Pengumuman kesepakatan gencatan senjata antara Israel dan Hamas membayangi peringatan "
            "Perjanjian Abraham.",
            set(),
        ),
    ],
    "ms": [
        (
            "Pengumuman perjanjian damai antara Emiriah Arab Bersatu dan Israel pada 13 Ogos 2020 "
            "menandakan permulaan Perjanjian Abraham.",
            {("AE", A, AE_DAY)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announcement_of_deal(language, text, expected):
    assert found_dated(text, language, {"AE", "MA"}) == expected
