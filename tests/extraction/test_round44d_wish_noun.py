"""Round forty-four, a third party's wish told as a noun, with the country's joining inside it
("le souhait de Washington de voir l'Arabie saoudite rejoindre ...", "رغبة واشنطن في انضمام
السعودية", "keinginan Washington agar Arab Saudi bergabung", "רצונה של וושינגטון שסעודיה
תצטרף", "تمایل واشنگتن به پیوستن عربستان", "... қосылуына деген ықыласы"): the joining is
wished for, a candidacy, where the bare joining word had read as an announcement
(`modals` fr he fa kk id ms; `cues.prospective` ar, as the wish noun's modal reading took the
day from a country's own wish "أعلنت ... في اليوم نفسه رغبتها في الانضمام"). English, German,
Russian and Spanish wish nouns already read so. Near misses: a wish for another body's
membership, and a country's own lack of wish, a refusal. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Le souhait de Washington de voir l'Arabie saoudite rejoindre les accords d'Abraham est connu.",
            {("SA", P)},
        ),
        (
            "Le désir de Washington de voir Riyad adhérer aux accords d'Abraham ne date pas d'hier.",
            {("SA", P)},
        ),
        (
            "Le souhait de Washington de voir l'Arabie saoudite rejoindre le Conseil de la paix est connu.",
            set(),
        ),
    ],
    "ar": [
        ("لا تخفي واشنطن رغبتها في انضمام السعودية إلى اتفاقيات أبراهام.", {("SA", P)}),
        ("رغبة واشنطن في انضمام السعودية إلى اتفاقيات أبراهام معروفة.", {("SA", P)}),
        ("لا رغبة لدى السعودية في الانضمام إلى اتفاقيات أبراهام.", {("SA", D)}),
    ],
    "id": [
        (
            "Keinginan Washington agar Arab Saudi bergabung dengan Abraham Accords sudah lama diketahui.",
            {("SA", P)},
        ),
        (
            "Washington tidak menyembunyikan keinginannya agar Arab Saudi bergabung dengan Abraham Accords.",
            {("SA", P)},
        ),
        (
            "Arab Saudi tidak memiliki keinginan untuk bergabung dengan Abraham Accords.",
            {("SA", D)},
        ),
        (
            "Keinginan Washington agar Arab Saudi bergabung dengan Dewan Perdamaian sudah lama diketahui.",
            set(),
        ),
    ],
    "ms": [
        (
            "Keinginan Washington agar Arab Saudi menyertai Perjanjian Abraham sudah lama diketahui.",
            {("SA", P)},
        ),
        (
            "Washington tidak menyembunyikan hasratnya supaya Arab Saudi menyertai Perjanjian Abraham.",
            {("SA", P)},
        ),
        ("Arab Saudi tiada keinginan untuk menyertai Perjanjian Abraham.", {("SA", D)}),
    ],
    "he": [
        ("רצונה של וושינגטון שסעודיה תצטרף להסכמי אברהם ידוע.", {("SA", P)}),
        ("רצונו של טראמפ שסעודיה תצטרף להסכמי אברהם אינו סוד.", {("SA", P)}),
        ("רצונה של וושינגטון שסעודיה תצטרף למועצת השלום ידוע.", set()),
    ],
    "fa": [
        ("تمایل واشنگتن به پیوستن عربستان به توافق ابراهیم آشکار است.", {("SA", P)}),
        ("عربستان تمایلی به پیوستن به توافق ابراهیم ندارد.", {("SA", D)}),
    ],
    "kk": [
        (
            "Вашингтонның Сауд Арабиясының Авраам келісімдеріне қосылуына деген ықыласы белгілі.",
            {("SA", P)},
        ),
        (
            "Трамптың Сауд Арабиясының Авраам келісімдеріне қосылуына деген тілегі белгілі.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "Washington's wish for Saudi Arabia to join the Abraham Accords is well known.",
            {("SA", P)},
        )
    ],
    "de": [
        (
            "Washingtons Wunsch, dass Saudi-Arabien den Abraham-Abkommen beitritt, ist bekannt.",
            {("SA", P)},
        )
    ],
    "ru": [
        (
            "Желание Вашингтона, чтобы Саудовская Аравия присоединилась к Соглашениям Авраама, хорошо известно.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "El deseo de Washington de que Arabia Saudí se sume a los Acuerdos de Abraham es conocido.",
            {("SA", P)},
        ),
    ],
    "tr": [
        (
            "Washington'un Suudi Arabistan'ın İbrahim Anlaşmaları'na katılmasına yönelik arzusu biliniyor.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "tr-1": "a verbal noun in the dative before 'yönelik arzusu' is no joining cue: nothing is read",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wish_noun(language, text, expected):
    check_case(language, text, expected)
