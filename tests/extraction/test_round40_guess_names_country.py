"""Round forty, a guess naming the country a nameless step was about ("at least one more country
will sign the accords by the end of the year, and I think it will be Indonesia or Mauritania",
"et je pense que ce sera l'Indonésie", "и я думаю, что это будет Индонезия", "ich schätze, das
wird Indonesien sein", "creo que será Indonesia", "أعتقد أنها ستكون إندونيسيا", "אני מעריך שזו
תהיה אינדונזיה", "saya kira itu adalah Indonesia", "saya fikir ia ialah Indonesia"): the
countries right after the guess are candidates (`identifications`, read as a prospective
`generic_cues` phrase whose subject is only the country right after it, an article between at
most: `assignment._IDENTIFIED_REACH`).  Turkish, Persian and Kazakh, where the country stands
before the verb ("Bence bu Endonezya olacak"), read it already.  Near misses: a guess about
something else ("it will be good for Astana") gives the country before it nothing more.  Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            'The minister predicted that at least one more Muslim country would sign the accords by the end of the year, "and I estimate it will be Indonesia or Mauritania".',
            {("ID", P), ("MR", P)},
        ),
        (
            "At least one more country will join the accords by year's end, and I think it will be Indonesia.",
            {("ID", P)},
        ),
        ("Kazakhstan joined the accords, and I think it will be good for Astana.", {("KZ", A)}),
    ],
    "fr": [
        (
            "Le ministre a prédit qu'au moins un autre pays signerait les accords d'ici la fin de l'année, « et je pense que ce sera l'Indonésie ou la Mauritanie ».",
            {("ID", P), ("MR", P)},
        ),
    ],
    "ru": [
        (
            "Министр предсказал, что до конца года соглашения подпишет ещё как минимум одна страна, «и я думаю, что это будет Индонезия или Мавритания».",
            {("ID", P), ("MR", P)},
        ),
    ],
    "de": [
        (
            "Der Minister sagte voraus, bis Jahresende werde mindestens ein weiteres Land die Abkommen unterzeichnen, «und ich schätze, das wird Indonesien oder Mauretanien sein».",
            {("ID", P), ("MR", P)},
        ),
    ],
    "es": [
        (
            "El ministro predijo que al menos otro país firmará los acuerdos antes de fin de año, «y creo que será Indonesia o Mauritania».",
            {("ID", P), ("MR", P)},
        ),
    ],
    "ar": [
        (
            'توقع الوزير أن توقع دولة إسلامية أخرى على الأقل على الاتفاقيات قبل نهاية العام، وقال: "أعتقد أنها ستكون إندونيسيا أو موريتانيا".',
            {("ID", P), ("MR", P)},
        ),
    ],
    "he": [
        (
            'השר העריך כי "עד סוף השנה נראה לפחות מדינה מוסלמית אחת נוספת חותמת על ההסכמים, ואני מעריך שזו תהיה אינדונזיה או מאוריטניה".',
            {("ID", P), ("MR", P)},
        ),
    ],
    "id": [
        (
            'Menteri itu memperkirakan setidaknya satu negara lagi akan menandatangani perjanjian itu sebelum akhir tahun, "dan saya kira itu adalah Indonesia atau Mauritania".',
            {("ID", P), ("MR", P)},
        ),
    ],
    "ms": [
        (
            'Menteri itu menjangkakan sekurang-kurangnya satu lagi negara akan menandatangani perjanjian itu sebelum hujung tahun, "dan saya fikir ia ialah Indonesia atau Mauritania".',
            {("ID", P), ("MR", P)},
        ),
    ],
    "tr": [
        (
            'Bakan, yıl sonuna kadar en az bir ülkenin daha anlaşmaları imzalayacağını öngördü: "Bence bu Endonezya ya da Moritanya olacak."',
            {("ID", P), ("MR", P)},
        ),
    ],
    "fa": [
        (
            "وزیر پیش‌بینی کرد که دست‌کم یک کشور دیگر تا پایان سال این توافق‌ها را امضا کند و گفت: «به نظرم این اندونزی یا موریتانی خواهد بود.»",
            {("ID", P), ("MR", P)},
        ),
    ],
    "kk": [
        (
            "Министр жыл соңына дейін тағы бір ел келісімдерге қол қояды деп болжады: «Меніңше, бұл Индонезия немесе Мавритания болады».",
            {("ID", P), ("MR", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_guess_names_country(language, text, expected):
    check_case(language, text, expected)
