"""A refusal of ANOTHER recognition or body is no refusal of the accords: a refusal whose words
hold a recognition (`recognition_words`: "recogni", "tanıma", "اعتراف", ...) refuses the accords
only when Israel is named in its sentence and no other country stands right after the
recognition word ("Mısır ve Cibuti de tanımayı reddetti", "Somaliland'i tanımayı reddetti",
`steps._other_recognition`); refusing to join the Board of Peace, with the body after the
joining word or, where the object comes first, right before it ("Barış Kurulu'na katılmayı
reddetti", "dem Friedensrat beizutreten"), refuses another club (`organisations`,
`Sentence.organisation_after`). Near misses: refusing to recognise Israel, or to join the
accords themselves, stays a refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "tr": [
        ("İbrahim Anlaşmaları genişliyor. Mısır ve Cibuti Somaliland'i tanımayı reddetti.", set()),
        ("İbrahim Anlaşmaları genişliyor. Mısır ve Cibuti de tanımayı reddetti.", set()),
        ("İbrahim Anlaşmaları genişliyor. Endonezya Barış Kurulu'na katılmayı reddetti.", set()),
        # near misses: Israel's recognition, the accords themselves
        ("İbrahim Anlaşmaları genişliyor. Endonezya İsrail'i tanımayı reddetti.", {("ID", D)}),
        (
            "İbrahim Anlaşmaları genişliyor. Endonezya İbrahim Anlaşmaları'na katılmayı reddetti.",
            {("ID", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are expanding. Egypt and Djibouti refused to recognise "
            "Somaliland.",
            set(),
        ),
        ("The Abraham Accords are expanding. Indonesia refused to recognise Israel.", {("ID", D)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen wachsen. Indonesien lehnte einen Beitritt zum Friedensrat ab.",
            set(),
        ),
        (
            "Die Abraham-Abkommen wachsen. Indonesien lehnte es ab, dem Friedensrat beizutreten.",
            set(),
        ),
        (
            "Die Abraham-Abkommen wachsen. Indonesien lehnte einen Beitritt zu den Abkommen ab.",
            {("ID", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham s'élargissent. L'Indonésie a refusé de rejoindre le Conseil de "
            "paix.",
            set(),
        ),
        (
            "Les accords d'Abraham s'élargissent. L'Égypte et Djibouti ont refusé de reconnaître "
            "le Somaliland.",
            set(),
        ),
        (
            "Les accords d'Abraham s'élargissent. L'Indonésie a refusé de rejoindre les accords.",
            {("ID", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham se amplían. Egipto y Yibuti se negaron a reconocer "
            "Somalilandia.",
            set(),
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения расширяются. Индонезия отказалась присоединиться к Совету мира.",
            set(),
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام تتوسع. رفضت مصر وجيبوتي الاعتراف بأرض الصومال.", set()),
        ("اتفاقيات أبراهام تتوسع. رفضت إندونيسيا الانضمام إلى مجلس السلام.", set()),
    ],
    "fa": [
        ("توافق ابراهیم گسترش می‌یابد. اندونزی از پیوستن به شورای صلح خودداری کرد.", set()),
    ],
    "he": [
        ("הסכמי אברהם מתרחבים. אינדונזיה סירבה להצטרף למועצת השלום.", set()),
    ],
    "id": [
        ("Abraham Accords terus meluas. Mesir dan Djibouti menolak mengakui Somaliland.", set()),
        (
            "Abraham Accords terus meluas. Indonesia menolak bergabung dengan Dewan Perdamaian.",
            set(),
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham terus berkembang. Mesir dan Djibouti enggan mengiktiraf Somaliland.",
            set(),
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері кеңейіп келеді. Индонезия Бейбітшілік кеңесіне қосылудан бас "
            "тартты.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_other_recognitions(language, text, expected):
    check_case(language, text, expected)
